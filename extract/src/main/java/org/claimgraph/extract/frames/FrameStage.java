package org.claimgraph.extract.frames;

import org.claimgraph.extract.actors.ActorRegistry;
import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames stage of the extractor: frames, their voice, and evidence, for one document at a time.
 * Needs the document's actors, times and statements; gives its events and claims, and the countries
 * that frames name only as places ("a trip to Pyongyang"), which the caller adds to the actors. It
 * may add mentions to {@code actors} (pronouns it resolves), so read the actors after it ran.
 * Thread-safe.
 */
public final class FrameStage {

    private final ActionLexicon actions;
    private final FrameFinder frames;
    private final EvidenceFinder evidence;
    private final DemandFinder demands;
    private final VoiceReader voices;
    private final ActorRegistry registry;

    public FrameStage(ActorRegistry registry, CueLexicon cues) {
        CameoCodes codes = CameoCodes.load();
        this.actions = ActionLexicon.load(codes);
        this.frames = new FrameFinder(actions, codes);
        this.evidence = EvidenceFinder.load();
        this.demands = new DemandFinder(codes);
        this.voices = new VoiceReader(new StanceReader(cues), codes);
        this.registry = registry;
    }

    /** Whether a sentence holds an action verb, so the cascade parses it (see {@link ActionLexicon#anyActionIn}). */
    public boolean anyActionIn(List<String> lemmas, List<String> tags) {
        return actions.anyActionIn(lemmas, tags);
    }

    /** What the stage gives for one document. */
    public record Output(List<Event> events, List<Claim> claims, List<Actor> placeActors) {
    }

    public Output run(AnnotatedText text, DocumentActors actors, List<TimeRef> times, List<Statement> statements) {
        ActorResolver resolver = new ActorResolver(text, actors, registry, statements);
        List<FoundFrame> found = new ArrayList<>(frames.find(text, resolver, times));
        found.addAll(demands.find(text, statements, resolver));
        List<FoundEvidence> offered = evidence.find(text, resolver);
        List<Actor> all = new ArrayList<>(actors.actors());
        all.addAll(resolver.placeActors());
        VoiceReader.Voiced voiced = voices.read(text, found, statements, offered, all);
        return new Output(voiced.events(), voiced.claims(), resolver.placeActors());
    }
}
