package org.claimgraph.eval;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Cue;
import org.claimgraph.model.Document;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Place;
import org.claimgraph.model.Sector;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small text of our own with spans named by their words, and gold and predicted items built on
 * it: the fixtures of the scorer tests (no PolNeAR or PLOVER text is copied here).
 */
final class Fixture {

    final String text;
    final Document document;
    private int statements;

    Fixture(String text) {
        this.text = text;
        this.document = new Document("doc-1", null, null, null, LocalDate.of(2025, 3, 8), "en", text);
    }

    /** The first occurrence of the words. */
    Span span(String words) {
        return span(words, 1);
    }

    /** The n-th occurrence of the words (from 1). */
    Span span(String words, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("\"" + words + "\" occurs fewer than " + occurrence + " times");
            }
        }
        return Span.of(text, at, at + words.length());
    }

    GoldSpan gold(String words) {
        return words == null ? null : GoldSpan.of(span(words));
    }

    /** A discontinuous gold span from its pieces; the cover runs from the first to the last. */
    GoldSpan gold(String... pieces) {
        List<Span> fragments = new ArrayList<>();
        for (String piece : pieces) {
            fragments.add(span(piece));
        }
        Span cover = Span.of(text, fragments.get(0).start(), fragments.get(fragments.size() - 1).end());
        return new GoldSpan(cover, fragments);
    }

    GoldAttribution attribution(String source, String cue, String content) {
        return new GoldAttribution("E" + (cue == null ? "?" : cue), gold(source), gold(cue), gold(content));
    }

    GoldArticle article(GoldAttribution... attributions) {
        return annotatedArticle(null, attributions);
    }

    GoldArticle annotatedArticle(String annotator, GoldAttribution... attributions) {
        return new GoldArticle(document, annotator, List.of(attributions));
    }

    /** A predicted statement; {@code speaker} null for one without speaker. */
    Statement statement(String speaker, String cue, String content) {
        Mention mention = speaker == null ? null : new Mention("person:x", span(speaker));
        Span cueSpan = span(cue);
        return new Statement("s" + ++statements, mention, new Cue(cueSpan, cueSpan.text()), span(content),
                StatementForm.INDIRECT, null, 0.9, null);
    }

    Analysis analysis(Statement... statements) {
        return new Analysis(document, List.of(), List.of(), List.of(), List.of(), List.of(statements), List.of(), List.of());
    }

    static Actor actor(String id, String country, Sector sector, String code) {
        return new Actor(id, id, ActorKind.STATE, country, sector, code, List.of());
    }

    Mention mention(Actor actor, String words) {
        return new Mention(actor.id(), span(words));
    }

    Analysis actors(List<Actor> actors, Mention... mentions) {
        return new Analysis(document, actors, List.of(mentions), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An analysis with no actors and these places. */
    Analysis places(Place... places) {
        return new Analysis(document, List.of(), List.of(), List.of(places), List.of(), List.of(), List.of(), List.of());
    }

    Place place(String country, String words) {
        return new Place(words, country, span(words));
    }

    PloverRecord record(GoldActor... actors) {
        return new PloverRecord(document, List.of(actors), "CONSULT");
    }
}
