package org.claimgraph.nlp;

/**
 * Puts a finite verb the parser read as the subject of its own infinitive back at the head of it.
 * After a comma the parser reads "…, declined to comment on the quota" with "declined" the subject
 * of "comment"; a finite verb is never a subject, so "declined" takes the place of "comment" in
 * the tree, and "comment" becomes its "xcomp". Stateless.
 */
final class InfinitiveHeads {

    private InfinitiveHeads() {
    }

    /** {@code reading} with every finite verb read as the subject of the infinitive after it rotated up. */
    static Reading repair(Reading reading) {
        int[] head = null;
        String[] relation = null;
        for (int verb = 0; verb + 2 < reading.words().size(); verb++) {
            int infinitive = reading.parse().head()[verb];
            if (!SubjectParentheticals.FINITE.contains(reading.tags().get(verb))
                    || !reading.parse().relation()[verb].startsWith("nsubj") || infinitive != verb + 2
                    || !reading.tags().get(infinitive).equals("VB") || !reading.tags().get(verb + 1).equals("TO")) {
                continue;
            }
            if (head == null) {
                head = reading.parse().head().clone();
                relation = reading.parse().relation().clone();
            }
            head[verb] = head[infinitive];
            relation[verb] = relation[infinitive];
            head[infinitive] = verb;
            relation[infinitive] = "xcomp";
        }
        return head == null ? reading
                : new Reading(reading.words(), reading.tags(), reading.lemmas(),
                        new DependencyParser.Parse(head, relation));
    }
}
