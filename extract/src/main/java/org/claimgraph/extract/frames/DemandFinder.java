package org.claimgraph.extract.frames;

import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Statement;
import org.claimgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demands phrased as obligations in what someone says: "Chirac reminded Iraq that it must cooperate
 * with the inspectors", "Washington declared that China must drop its barriers". The statement is a
 * demand (CAMEO 100, PLOVER REQUEST) by its speaker of the one who must act; its trigger is the
 * statement's cue, so that it is read as the speech act it is. Stateless.
 */
final class DemandFinder {

    private static final Set<String> OBLIGATIONS = Set.of("must", "should");
    private static final String DEMAND = "100";

    private final CameoCodes codes;

    DemandFinder(CameoCodes codes) {
        this.codes = codes;
    }

    List<FoundFrame> find(AnnotatedText t, List<Statement> statements, ActorResolver resolver) {
        List<FoundFrame> found = new ArrayList<>();
        for (Statement s : statements) {
            if (s.speaker() == null || s.parent() != null) {
                continue;
            }
            obliged(t, s, resolver).filter(target -> !target.equals(s.speaker().actor())).ifPresent(target -> {
                int cue = t.tokenAt(s.cue().span().start());
                found.add(new FoundFrame(new Frame(s.speaker().actor(), DEMAND, codes.require(DEMAND).plover(), target,
                        s.time(), null, s.cue().span()), cue, Modality.ASSERTED));
            });
        }
        return found;
    }

    /** The actor the content says must or should act: the subject of the first obliged verb. */
    private static Optional<String> obliged(AnnotatedText t, Statement s, ActorResolver resolver) {
        int first = t.tokenAt(s.content().start());
        for (int i = first; i >= 0 && i < t.tokenCount() && t.begin(i) < s.content().end(); i++) {
            if (OBLIGATIONS.contains(t.word(i).toLowerCase()) && t.head(i) >= 0) {
                for (int subject : ClauseReader.subjects(t, t.head(i))) {
                    Optional<String> actor = resolver.actorAt(subject);
                    if (actor.isPresent()) {
                        return actor;
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
