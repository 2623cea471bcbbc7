package org.claimgraph.extract;

import org.claimgraph.extract.actors.ActorFinder;
import org.claimgraph.extract.actors.ActorRegistry;
import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.extract.frames.FrameStage;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.StatementFinder;
import org.claimgraph.extract.times.TimeRefs;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Loading;
import org.claimgraph.nlp.NlpPipeline;
import org.claimgraph.nlp.ParsePolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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
    private final FrameStage frameStage;
    private final ParsePolicy parsePolicy;

    private Analyzer(NlpPipeline nlp, ActorRegistry registry, CueLexicon cues) {
        this.nlp = nlp;
        this.actorFinder = new ActorFinder(registry);
        this.statementFinder = new StatementFinder(cues);
        this.frameStage = new FrameStage(registry, cues);
        // Sentences with an action verb but no cue are parsed too. Measured: the seed article parses
        // 18 of 20 sentences instead of 17 (the one added: "Mr. Lavrov made a two-day trip to
        // Pyongyang"), the two examples 19 of 22 either way; most action verbs sit beside a cue.
        this.parsePolicy = new ParsePolicy() {
            @Override
            public boolean needsParse(List<String> lemmas, List<String> tags) {
                return cues.anyVerbCueIn(lemmas, tags) || frameStage.anyActionIn(lemmas, tags);
            }

            @Override
            public boolean reportsClause(String lemma) {
                return cues.reportsClause(lemma);
            }
        };
    }

    /** Loads the NLP models and, beside them, claimgraph's own data files. */
    public static Analyzer load() {
        CompletableFuture<ActorRegistry> registry = Loading.start("claimgraph-registry", ActorRegistry::load);
        CompletableFuture<CueLexicon> cues = Loading.start("claimgraph-cues", CueLexicon::load);
        NlpPipeline nlp = NlpPipeline.load();
        return of(nlp, Loading.join(registry), Loading.join(cues));
    }

    /**
     * An analyzer over models and data files already loaded, for code that also calls the stages
     * on their own with the same registry and lexicon (the {@code microbench} module times each
     * stage on the inputs the stage before gives).
     */
    public static Analyzer of(NlpPipeline nlp, ActorRegistry registry, CueLexicon cues) {
        return new Analyzer(nlp, registry, cues);
    }

    /**
     * The first stage of {@link #analyze} alone: the NLP cascade over the document's text, with
     * this analyzer's parse policy (a sentence is parsed when it holds a verb cue or an action verb).
     */
    public AnnotatedText annotate(Document document) {
        return nlp.annotate(document.text(), document.published(), parsePolicy);
    }

    /**
     * Analyses one document; relative times resolve against its publication date.
     *
     * @throws AnalysisException naming the stage that failed, for a text a stage cannot handle (a bug)
     */
    public Analysis analyze(Document document) {
        AnnotatedText text = stage("nlp", () -> annotate(document));
        List<TimeRef> times = stage("times", () -> TimeRefs.of(text));
        DocumentActors actors = stage("actors", () -> actorFinder.find(text));
        List<Statement> statements = stage("statements", () -> statementFinder.find(text, actors, times));
        FrameStage.Output frames = stage("frames", () -> frameStage.run(text, actors, times, statements));
        List<Actor> all = new ArrayList<>(actors.actors()); // after the frames stage: it resolves pronouns
        all.addAll(frames.placeActors());
        return new Analysis(document, all, actors.mentions(), actors.places(), times, statements, frames.events(), frames.claims());
    }

    private static <T> T stage(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new AnalysisException(name, e);
        }
    }
}
