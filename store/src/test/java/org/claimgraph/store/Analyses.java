package org.claimgraph.store;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Cue;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.EvidenceKind;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Sector;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.StanceKind;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built analyses of short articles we wrote, so that store tests need no NLP: the same
 * claim (Northland sent rockets to Southland) reported by two outlets with different stances.
 */
final class Analyses {

    static final Actor NORTHLAND = new Actor("state:NTL", "Northland", ActorKind.STATE, "NTL", null, "NTL", List.of("the North"));
    static final Actor SOUTHLAND = new Actor("state:STL", "Southland", ActorKind.STATE, "STL", null, "STL", List.of());
    static final Actor ORAN = new Actor("person:mira-oran", "Mira Oran", ActorKind.PERSON, "OCN", Sector.GOV, "OCNGOV",
            List.of("Ms. Oran"));

    /** "Ms. Oran said Northland sent rockets to Southland; Northland denied it." — 2025-03-08. */
    static Analysis first() {
        String text = "Oceana's minister Mira Oran said on Friday that Northland sent rockets to Southland. "
                + "Northland denied it. Ms. Oran showed photographs of the crates.\n"
                + "Southland troops shelled a Northland border post on Thursday.";
        Builder b = new Builder(text, LocalDate.of(2025, 3, 8), "The Harbour Times", "Rockets row");
        b.actors(NORTHLAND, SOUTHLAND, ORAN);
        b.mention(ORAN, "Mira Oran").mention(ORAN, "Ms. Oran").mention(NORTHLAND, "Northland")
                .mention(SOUTHLAND, "Southland");
        Statement said = b.statement("s1", ORAN, "Mira Oran", "said", "say", "that Northland sent rockets to Southland",
                "2025-03-07");
        Frame sent = new Frame(NORTHLAND.id(), "072", "AID", SOUTHLAND.id(), null, null, b.span("sent"));
        b.claim(new Claim("c1", "Northland sent rockets to Southland", "072", "AID", NORTHLAND.id(), SOUTHLAND.id(),
                List.of(new Stance(ORAN.id(), StanceKind.ASSERT, Certainty.FIRM, said.id(), "2025-03-07", b.span("said")),
                        new Stance(NORTHLAND.id(), StanceKind.DENY, Certainty.FIRM, null, null, b.span("denied"))),
                List.of(new Evidence(EvidenceKind.IMAGES, ORAN.id(), b.span("photographs of the crates"))),
                List.of(sent)));
        b.event(new Event("e1", new Frame(SOUTHLAND.id(), "195", "ASSAULT", NORTHLAND.id(), "2025-03-06", null,
                b.span("shelled")), Modality.ASSERTED, null, -10));
        return b.build();
    }

    /** A second outlet, a week later: Southland calls the report nonsense; the same shelling. */
    static Analysis second() {
        String text = "Southland dismissed reports that Northland had shipped rockets to it. "
                + "Southland troops shelled a Northland border post on March 6.";
        Builder b = new Builder(text, LocalDate.of(2025, 3, 15), "Coastal Post", "Southland shrugs off rockets report");
        b.actors(NORTHLAND, SOUTHLAND);
        b.mention(NORTHLAND, "Northland").mention(SOUTHLAND, "Southland");
        Frame shipped = new Frame(NORTHLAND.id(), "070", "AID", SOUTHLAND.id(), null, null, b.span("shipped"));
        b.claim(new Claim("c1", "Northland had shipped rockets to it", "070", "AID", NORTHLAND.id(), SOUTHLAND.id(),
                List.of(new Stance(SOUTHLAND.id(), StanceKind.DISMISS, Certainty.FIRM, null, null, b.span("dismissed"))),
                List.of(), List.of(shipped)));
        b.event(new Event("e1", new Frame(SOUTHLAND.id(), "195", "ASSAULT", NORTHLAND.id(), "2025-03-06", null,
                b.span("shelled")), Modality.ASSERTED, null, -10));
        return b.build();
    }

    /** A document with nothing found in it. */
    static Analysis empty(String text) {
        return new Builder(text, null, null, null).build();
    }

    private Analyses() {
    }

    static final class Builder {
        private final Document document;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();

        Builder(String text, LocalDate published, String outlet, String title) {
            this(text, published, outlet, title, null);
        }

        Builder(String text, LocalDate published, String outlet, String title, String url) {
            document = Document.of(text, title, published, url, outlet);
        }

        /** The first occurrence of {@code words} in the text. */
        Span span(String words) {
            int at = document.text().indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("\"" + words + "\" is not in the fixture text");
            }
            return Span.of(document.text(), at, at + words.length());
        }

        void actors(Actor... list) {
            actors.addAll(List.of(list));
        }

        Builder mention(Actor actor, String words) {
            mentions.add(new Mention(actor.id(), span(words)));
            return this;
        }

        Statement statement(String id, Actor speaker, String speakerWords, String cue, String lemma, String content,
                            String time) {
            Statement s = new Statement(id, new Mention(speaker.id(), span(speakerWords)), new Cue(span(cue), lemma),
                    span(content), StatementForm.INDIRECT, time, 0.9, null);
            statements.add(s);
            return s;
        }

        void claim(Claim claim) {
            claims.add(claim);
        }

        void event(Event event) {
            events.add(event);
        }

        Analysis build() {
            return new Analysis(document, actors, mentions, List.of(), List.of(), statements, events, claims);
        }
    }
}
