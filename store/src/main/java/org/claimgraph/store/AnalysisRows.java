package org.claimgraph.store;

import org.claimgraph.extract.AnalysisJson;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Statement;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Writes one analysis as rows of the store's tables, in the column order of the schema. */
final class AnalysisRows {

    private AnalysisRows() {
    }

    static void write(Rows rows, String input, Analysis analysis, LocalDateTime now) throws SQLException {
        Document d = analysis.document();
        String id = d.id();
        String text = d.text();
        LocalDate published = d.published();
        rows.add("documents", id, input, d.url(), d.outlet(), d.title(), published, d.language(), text,
                AnalysisJson.line(analysis), now);

        Map<String, Integer> mentions = new HashMap<>();
        for (Mention m : analysis.mentions()) {
            mentions.merge(m.actor(), 1, Integer::sum);
        }
        for (Actor a : analysis.actors()) {
            rows.add("actors", id, a.id(), a.name(), a.kind().name(), a.country(),
                    a.sector() == null ? null : a.sector().name(), a.code(), String.join(" | ", a.aliases()),
                    mentions.getOrDefault(a.id(), 0));
        }
        for (Statement s : analysis.statements()) {
            rows.add("statements", id, s.id(),
                    s.speaker() == null ? null : s.speaker().actor(),
                    s.speaker() == null ? null : s.speaker().span().text(),
                    s.cue().lemma(), s.cue().span().start(), s.cue().span().end(), s.cue().span().text(),
                    s.content().start(), s.content().end(), s.content().text(),
                    s.form().name(), s.time(), Keys.day(s.time(), published), s.confidence(), s.parent());
        }
        for (Event e : analysis.events()) {
            Frame f = e.frame();
            LocalDate day = Keys.day(f.time(), published);
            rows.add("events", id, e.id(), Keys.event(f.source(), f.cameo(), f.target(), day, e.modality().name()), f.source(), f.cameo(),
                    f.plover(), f.target(), f.time(), day, f.place(), e.modality().name(), e.statement(),
                    e.goldstein(), f.trigger().start(), f.trigger().end(), f.trigger().text(),
                    Sentences.around(text, f.trigger()));
        }
        for (Claim c : analysis.claims()) {
            String key = Keys.claim(c.source(), c.cameo(), c.target());
            rows.add("claims", id, c.id(), key, c.text(), c.cameo(), c.plover(), c.source(), c.target(),
                    Keys.day(c.frames().get(0).time(), published));
            for (Stance s : c.stances()) {
                rows.add("stances", id, c.id(), key, s.actor(), s.kind().name(), s.certainty().name(), s.statement(),
                        s.time(), Keys.day(s.time(), published), s.cue().start(), s.cue().end(), s.cue().text(),
                        Sentences.around(text, s.cue()));
            }
            for (Evidence ev : c.evidence()) {
                rows.add("evidence", id, c.id(), key, ev.kind().name(), ev.by(), ev.span().start(), ev.span().end(),
                        ev.span().text());
            }
        }
    }
}
