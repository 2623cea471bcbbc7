package org.claimgraph.cli;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readable report of an analysis: the document, its actors, who said what, and its times.
 * Colour (ANSI) only when asked for. Thread-safe.
 */
final class TextReport {

    private static final int WIDTH = 100;
    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    String render(Analysis a) {
        StringBuilder b = new StringBuilder();
        document(b, a.document());
        Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));

        heading(b, "Actors", a.actors().size());
        int nameWidth = a.actors().stream().mapToInt(x -> x.name().length()).max().orElse(0);
        for (Actor actor : a.actors()) {
            b.append("  ").append(pad(bold(actor.name()), actor.name().length(), nameWidth))
                    .append("  ").append(pad(actor.kind().name(), actor.kind().name().length(), 14))
                    .append(pad(actor.code() == null ? "-" : actor.code(),
                            actor.code() == null ? 1 : actor.code().length(), 8));
            if (!actor.aliases().isEmpty()) {
                b.append("  ").append(dim("also: " + String.join(", ", actor.aliases())));
            }
            b.append('\n');
        }

        heading(b, "Who said what", a.statements().size());
        for (Statement s : a.statements()) {
            String indent = s.parent() == null ? "  " : "      ";
            String speaker = s.speaker() == null ? "(unnamed)"
                    : actors.containsKey(s.speaker().actor()) ? actors.get(s.speaker().actor()).name() : s.speaker().actor();
            b.append(indent).append(dim(s.id())).append("  ").append(cyan(speaker));
            if (s.speaker() != null && !s.speaker().span().text().equals(speaker)) {
                b.append(dim(" (\"" + s.speaker().span().text() + "\")"));
            }
            b.append(" → ").append(yellow(s.cue().span().text()));
            b.append(dim(" · " + s.form().name().toLowerCase()));
            if (s.time() != null) {
                b.append(dim(" · " + s.time()));
            }
            if (s.parent() != null) {
                b.append(dim(" · inside " + s.parent()));
            }
            b.append('\n');
            wrap(b, s.content().text(), indent + "    ");
        }

        heading(b, "Times", a.times().size());
        for (TimeRef t : a.times()) {
            b.append("  ").append(t.span().text()).append(" → ")
                    .append(t.value() == null ? dim("(unresolved)") : bold(t.value()))
                    .append(dim(" " + t.granularity().name().toLowerCase())).append('\n');
        }
        return b.toString();
    }

    private void document(StringBuilder b, Document d) {
        b.append(bold(d.title() == null ? "(untitled)" : d.title())).append('\n');
        b.append(dim("published " + (d.published() == null ? "unknown: relative times stay unresolved (use --date)"
                : d.published().toString())));
        if (d.outlet() != null) {
            b.append(dim(" · " + d.outlet()));
        }
        if (d.url() != null) {
            b.append(dim(" · " + d.url()));
        }
        b.append(dim(" · id " + d.id())).append('\n');
    }

    private void heading(StringBuilder b, String title, int count) {
        b.append('\n').append(bold(title + " (" + count + ")")).append('\n');
    }

    /** Wraps {@code text} at word boundaries, each line starting with {@code indent}. */
    private static void wrap(StringBuilder b, String text, String indent) {
        int column = 0;
        b.append(indent);
        for (String word : text.replace('\n', ' ').split(" +")) {
            if (column > 0 && column + 1 + word.length() > WIDTH - indent.length()) {
                b.append('\n').append(indent);
                column = 0;
            } else if (column > 0) {
                b.append(' ');
                column++;
            }
            b.append(word);
            column += word.length();
        }
        b.append('\n');
    }

    private static String pad(String shown, int visibleLength, int width) {
        return shown + " ".repeat(Math.max(0, width - visibleLength));
    }

    private String bold(String s) {
        return style("1", s);
    }

    private String dim(String s) {
        return style("2", s);
    }

    private String cyan(String s) {
        return style("36", s);
    }

    private String yellow(String s) {
        return style("33", s);
    }

    private String style(String code, String s) {
        return colour ? "\033[" + code + "m" + s + "\033[0m" : s;
    }
}
