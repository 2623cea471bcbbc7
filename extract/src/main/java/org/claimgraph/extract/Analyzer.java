package org.claimgraph.extract;

import org.claimgraph.extract.actors.ActorFinder;
import org.claimgraph.extract.actors.ActorRegistry;
import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.StatementFinder;
import org.claimgraph.extract.times.TimeRefs;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.NlpPipeline;
import org.claimgraph.nlp.ParsePolicy;

import java.util.List;

/**
 * The facade of claimgraph's analysis: a document in, an {@link Analysis} out.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.load();          // once per JVM: a few seconds
 * Analysis a = analyzer.analyze(document);       // tens of milliseconds per article
 * }</pre>
 *
 * <p>Thread-safe: share one instance between worker threads.
 */
public final class Analyzer {

    private final NlpPipeline nlp;
    private final ActorFinder actorFinder;
    private final StatementFinder statementFinder;
    private final ParsePolicy parsePolicy;

    private Analyzer(NlpPipeline nlp, ActorRegistry registry, CueLexicon cues) {
        this.nlp = nlp;
        this.actorFinder = new ActorFinder(registry);
        this.statementFinder = new StatementFinder(cues);
        this.parsePolicy = cues::anyVerbCueIn;
    }

    /** Loads the NLP models and claimgraph's own data files. */
    public static Analyzer load() {
        return new Analyzer(NlpPipeline.load(), ActorRegistry.load(), CueLexicon.load());
    }

    /** Analyses one document; relative times resolve against its publication date. */
    public Analysis analyze(Document document) {
        AnnotatedText text = nlp.annotate(document.text(), document.published(), parsePolicy);
        List<TimeRef> times = TimeRefs.of(text);
        DocumentActors actors = actorFinder.find(text);
        List<Statement> statements = statementFinder.find(text, actors, times);
        return new Analysis(document, actors.actors(), actors.mentions(), times, statements);
    }
}
