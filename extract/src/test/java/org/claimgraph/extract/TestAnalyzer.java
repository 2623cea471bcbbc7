package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One {@link Analyzer} for every test class of the JVM (loading the models takes seconds), and
 * small lookups that keep the tests readable.
 */
public final class TestAnalyzer {

    private static Analyzer analyzer;

    private TestAnalyzer() {
    }

    public static synchronized Analyzer get() {
        if (analyzer == null) {
            analyzer = Analyzer.load();
        }
        return analyzer;
    }

    public static Analysis analyze(String text, LocalDate published) {
        return get().analyze(Document.of(text, null, published, null, null));
    }

    /** The name of the statement's speaker actor, or null when it has none. */
    public static String speakerName(Analysis a, Statement s) {
        return s.speaker() == null ? null : a.findActor(s.speaker().actor()).map(Actor::name).orElse(null);
    }

    /** The codes of the actors mentioned at exactly these words. */
    public static List<String> codesAt(Analysis a, String words) {
        List<String> ids = a.mentions().stream().filter(m -> m.span().text().equals(words)).map(Mention::actor).toList();
        return a.actors().stream().filter(x -> ids.contains(x.id())).map(Actor::code).toList();
    }

    public static Optional<Actor> actorNamed(Analysis a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    public static List<Statement> withCue(Analysis a, String cue) {
        return a.statements().stream().filter(s -> s.cue().span().text().equals(cue)).toList();
    }
}
