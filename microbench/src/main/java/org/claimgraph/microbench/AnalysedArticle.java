package org.claimgraph.microbench;

import org.claimgraph.extract.Analyzer;
import org.claimgraph.extract.actors.ActorFinder;
import org.claimgraph.extract.actors.ActorRegistry;
import org.claimgraph.extract.frames.FrameStage;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.StatementFinder;
import org.claimgraph.extract.times.TimeRefs;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.NlpPipeline;
import org.claimgraph.nlp.ParsePolicy;
import org.claimgraph.nlp.Sentence;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * An example article annotated once per trial, and the stages that read it: what every benchmark
 * of this module starts from. {@link #load} loads the models (seconds), runs the NLP cascade with
 * {@link Analyzer}'s own parse policy, and keeps the inputs each stage gets inside
 * {@link Analyzer#analyze}, plus the whole {@link Analysis} for the store benchmark.
 *
 * <p>The stages here are built from the same registry and cue lexicon as the analyzer, so a stage
 * called on these inputs gives what it gives inside {@code analyze} (the module's test checks it).
 */
@State(Scope.Benchmark)
public class AnalysedArticle {

    /** Which example article: {@code examples/NAME.txt}. */
    @Param({"mackerel-dispute", "river-treaty"})
    public String article;

    ActorRegistry registry;
    CueLexicon cues;
    ActorFinder actorFinder;
    StatementFinder statementFinder;
    FrameStage frameStage;

    Document document;
    AnnotatedText text;
    List<TimeRef> times;
    /** Per sentence, its lemmas and its part-of-speech tags: what a parse policy is given. */
    List<List<String>> sentenceLemmas;
    List<List<String>> sentenceTags;
    Analysis analysis;

    @Setup(Level.Trial)
    public void load() {
        registry = ActorRegistry.load();
        cues = CueLexicon.load();
        actorFinder = new ActorFinder(registry);
        statementFinder = new StatementFinder(cues);
        frameStage = new FrameStage(registry, cues);
        Analyzer analyzer = Analyzer.of(NlpPipeline.load(), registry, cues);

        document = ExampleArticle.named(article).document();
        text = analyzer.annotate(document);
        times = TimeRefs.of(text);
        sentenceLemmas = new ArrayList<>();
        sentenceTags = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<String> lemmas = new ArrayList<>(s.size());
            List<String> tags = new ArrayList<>(s.size());
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                lemmas.add(text.lemma(t));
                tags.add(text.pos(t));
            }
            sentenceLemmas.add(lemmas);
            sentenceTags.add(tags);
        }
        analysis = analyzer.analyze(document);
    }

    /** How many sentences pass {@code test}, given each sentence's lemmas and tags as the cascade gives them. */
    int sentencesWhere(ParsePolicy test) {
        int found = 0;
        for (int s = 0; s < sentenceLemmas.size(); s++) {
            if (test.needsParse(sentenceLemmas.get(s), sentenceTags.get(s))) {
                found++;
            }
        }
        return found;
    }
}
