package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;

import java.util.Locale;
import java.util.Set;

/** Whether a parsed verb is negated: "did not attack", "never visited", "hadn't shown". Stateless. */
public final class Negation {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

    private Negation() {
    }

    /** Whether {@code verb} has a negating dependent ("not", "never", "n't", "no"). */
    public static boolean negated(AnnotatedText text, int verb) {
        for (int c : text.children(verb)) {
            String rel = text.relation(c);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
                    && NEGATIONS.contains(text.lemma(c).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
