package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence SUTime needs to see: {@link #MARGIN} tokens either side of each
 * time word, overlapping stretches merged. SUTime's cost grows with the tokens it reads, and a
 * time expression ("between March 3 and April 5, 2016", "two weeks before the vote on Nov. 8")
 * rarely reaches that far from its time word. On 100 PolNeAR articles the windows hold half the
 * tokens of the sentences they come from, SUTime takes a third less CPU time on them, and it finds
 * 932 expressions instead of 973: the ones lost are words far from any time word that SUTime
 * found only because the sentence held one ("now", "currently", "recently"; most resolve to no
 * date).
 */
final class TimeWindows {

    /** Tokens kept before and after each time word. */
    static final int MARGIN = 8;

    private TimeWindows() {
    }

    /**
     * The windows of {@code sentence} around the tokens at {@code timeWords} (indexes into the
     * sentence's tokens, ascending), each a sentence-like map with its tokens, text and offsets.
     */
    static List<CoreMap> around(String text, CoreMap sentence, List<Integer> timeWords) {
        List<CoreMap> windows = new ArrayList<>();
        if (timeWords.isEmpty()) {
            return windows;
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int from = Math.max(0, timeWords.get(0) - MARGIN);
        int to = Math.min(tokens.size(), timeWords.get(0) + MARGIN + 1);
        for (int word : timeWords.subList(1, timeWords.size())) {
            if (word - MARGIN > to) {
                windows.add(window(text, sentence, tokens, from, to));
                from = word - MARGIN;
            }
            to = Math.min(tokens.size(), word + MARGIN + 1);
        }
        windows.add(window(text, sentence, tokens, from, to));
        return windows;
    }

    private static CoreMap window(String text, CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
        List<CoreLabel> part = tokens.subList(from, to);
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class) + from;
        CoreMap window = new ArrayCoreMap();
        window.set(CoreAnnotations.TokensAnnotation.class, part);
        window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + part.size());
        window.set(CoreAnnotations.SentenceIndexAnnotation.class,
                sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return window;
    }
}
