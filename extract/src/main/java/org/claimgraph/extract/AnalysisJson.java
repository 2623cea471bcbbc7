package org.claimgraph.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Place;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link Analysis} as the analysis JSON of DESIGN.md: the one schema shared by the CLI,
 * the API, JSON Lines export and tests. Field names are a contract: add fields, never rename them.
 * Thread-safe.
 */
public final class AnalysisJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AnalysisJson() {
    }

    /** The analysis as one line of JSON (for JSON Lines). */
    public static String line(Analysis analysis) {
        return write(analysis, false);
    }

    /** The analysis as indented JSON. */
    public static String pretty(Analysis analysis) {
        return write(analysis, true);
    }

    private static String write(Analysis analysis, boolean pretty) {
        StringWriter out = new StringWriter(analysis.document().text().length() * 4);
        write(analysis, out, pretty);
        return out.toString();
    }

    public static void write(Analysis a, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            g.writeStartObject();
            document(g, a.document());
            g.writeArrayFieldStart("actors");
            for (Actor actor : a.actors()) {
                actor(g, actor);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Mention m : a.mentions()) {
                g.writeStartObject();
                g.writeStringField("actor", m.actor());
                spanFields(g, m.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("places");
            for (Place p : a.places()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("country", p.country());
                spanFields(g, p.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeRef t : a.times()) {
                g.writeStartObject();
                spanFields(g, t.span());
                g.writeStringField("value", t.value());
                g.writeStringField("granularity", t.granularity().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("statements");
            for (Statement s : a.statements()) {
                statement(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : a.events()) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (Claim c : a.claims()) {
                claim(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the analysis of document " + a.document().id(), e);
        }
    }

    private static void document(JsonGenerator g, Document d) throws IOException {
        g.writeObjectFieldStart("document");
        g.writeStringField("id", d.id());
        g.writeStringField("url", d.url());
        g.writeStringField("outlet", d.outlet());
        g.writeStringField("title", d.title());
        g.writeStringField("published", d.published() == null ? null : d.published().toString());
        g.writeStringField("language", d.language());
        g.writeStringField("text", d.text());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor actor) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", actor.id());
        g.writeStringField("name", actor.name());
        g.writeStringField("kind", actor.kind().name());
        g.writeStringField("country", actor.country());
        g.writeStringField("sector", actor.sector() == null ? null : actor.sector().name());
        g.writeStringField("code", actor.code());
        g.writeArrayFieldStart("aliases");
        for (String alias : actor.aliases()) {
            g.writeString(alias);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void statement(JsonGenerator g, Statement s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        if (s.speaker() == null) {
            g.writeNullField("speaker");
        } else {
            g.writeObjectFieldStart("speaker");
            g.writeStringField("actor", s.speaker().actor());
            spanFields(g, s.speaker().span());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("cue");
        spanFields(g, s.cue().span());
        g.writeStringField("lemma", s.cue().lemma());
        g.writeEndObject();
        g.writeObjectFieldStart("content");
        spanFields(g, s.content());
        g.writeEndObject();
        g.writeStringField("form", s.form().name());
        g.writeStringField("time", s.time());
        g.writeStringField("parent", s.parent());
        g.writeNumberField("confidence", s.confidence());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        Frame f = e.frame();
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("cameo", f.cameo());
        g.writeStringField("plover", f.plover());
        g.writeStringField("source", f.source());
        g.writeStringField("target", f.target());
        g.writeStringField("time", f.time());
        g.writeStringField("place", f.place());
        g.writeStringField("modality", e.modality().name());
        g.writeObjectFieldStart("trigger");
        spanFields(g, f.trigger());
        g.writeEndObject();
        g.writeStringField("statement", e.statement());
        g.writeNumberField("goldstein", e.goldstein());
        g.writeEndObject();
    }

    private static void claim(JsonGenerator g, Claim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("text", c.text());
        g.writeStringField("cameo", c.cameo());
        g.writeStringField("plover", c.plover());
        g.writeStringField("source", c.source());
        g.writeStringField("target", c.target());
        g.writeArrayFieldStart("stances");
        for (Stance s : c.stances()) {
            g.writeStartObject();
            g.writeStringField("actor", s.actor());
            g.writeStringField("kind", s.kind().name());
            g.writeStringField("certainty", s.certainty().name());
            g.writeStringField("statement", s.statement());
            g.writeStringField("time", s.time());
            g.writeObjectFieldStart("cue");
            spanFields(g, s.cue());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Evidence e : c.evidence()) {
            g.writeStartObject();
            g.writeStringField("kind", e.kind().name());
            g.writeStringField("by", e.by());
            spanFields(g, e.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("triggers");
        for (Frame f : c.frames()) {
            g.writeStartObject();
            spanFields(g, f.trigger());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void spanFields(JsonGenerator g, Span span) throws IOException {
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        g.writeStringField("text", span.text());
    }
}
