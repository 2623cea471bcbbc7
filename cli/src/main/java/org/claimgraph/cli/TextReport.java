package org.claimgraph.cli;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Place;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readable report of an analysis: the document, its actors, who said what, the claims with each
 * actor's stance, the events as a timeline, and its times.
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

        claims(b, a, actors);
        events(b, a, actors);

        heading(b, "Times", a.times().size());
        for (TimeRef t : a.times()) {
            b.append("  ").append(t.span().text()).append(" → ")
                    .append(t.value() == null ? dim("(unresolved)") : bold(t.value()))
                    .append(dim(" " + t.granularity().name().toLowerCase())).append('\n');
        }

        heading(b, "Places", a.places().size());
        for (Place p : a.places()) {
            b.append("  ").append(p.span().text()).append(" → ").append(bold(p.country())).append('\n');
        }
        return b.toString();
    }

    /** Per claim the proposition, then one line per stance: actor, stance, cue, date; then the evidence. */
    private void claims(StringBuilder b, Analysis a, Map<String, Actor> actors) {
        heading(b, "Claims", a.claims().size());
        for (Claim c : a.claims()) {
            b.append("  ").append(dim(c.id())).append("  ").append(bold(name(actors, c.source()))).append(" → ")
                    .append(yellow(c.cameo() + (c.plover() == null ? "" : " " + c.plover())))
                    .append(" → ").append(bold(c.target() == null ? "?" : name(actors, c.target()))).append('\n');
            wrap(b, "“" + c.text() + "”", "      ");
            for (Stance s : c.stances()) {
                b.append("      ").append(cyan(name(actors, s.actor()))).append("  ").append(s.kind().name())
                        .append(s.certainty() == Certainty.HEDGED ? dim(" (hedged)") : "")
                        .append(dim(" · \"" + s.cue().text() + "\""))
                        .append(s.time() == null ? "" : dim(" · " + s.time()))
                        .append(s.statement() == null ? "" : dim(" · " + s.statement())).append('\n');
            }
            for (Evidence e : c.evidence()) {
                b.append("      ").append(cyan(name(actors, e.by()))).append("  evidence ")
                        .append(e.kind().name().toLowerCase()).append(dim(": " + e.span().text())).append('\n');
            }
        }
    }

    /** Events as a timeline: dated ones by date, then undated ones in text order. */
    private void events(StringBuilder b, Analysis a, Map<String, Actor> actors) {
        heading(b, "Events", a.events().size());
        List<Event> sorted = new ArrayList<>(a.events());
        sorted.sort(Comparator.comparing((Event e) -> e.frame().time() == null ? "~" : e.frame().time()));
        for (Event e : sorted) {
            Frame f = e.frame();
            b.append("  ").append(pad(f.time() == null ? "(undated)" : f.time(), f.time() == null ? 9 : f.time().length(), 11))
                    .append(bold(name(actors, f.source()))).append(" → ")
                    .append(yellow(f.cameo() + (f.plover() == null ? "" : " " + f.plover())))
                    .append(" → ").append(bold(f.target() == null ? "?" : name(actors, f.target())))
                    .append(dim(" · \"" + f.trigger().text() + "\""));
            if (e.modality() != Modality.ASSERTED) {
                b.append(dim(" · " + e.modality().name().toLowerCase()));
            }
            if (e.statement() != null) {
                b.append(dim(" · " + e.statement()));
            }
            b.append('\n');
        }
    }

    private static String name(Map<String, Actor> actors, String id) {
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
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
