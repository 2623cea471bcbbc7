package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the sentences CoreNLP's splitter breaks in the middle: after a question or exclamation
 * that closes a quotation ("“Is it over?” said Ann Lee.", "“Go!” he shouted.") and after an
 * abbreviation's full stop ("Sen. Ann Lee (R-S.C.) said …"). A piece that opens, on the same line,
 * with a lower-case word or a comma goes on the sentence before it: no sentence starts that way.
 * In the 840 PolNeAR train articles the splitter makes 138 such pieces, 79 of them right after a
 * quotation, most of those its speaker and cue. Runs between the tokenizer and the tagger, so the
 * tagger and parser see the whole sentence. Stateless.
 */
final class SentenceJoins {

    private SentenceJoins() {
    }

    /** Joins, in {@code doc}, each sentence piece that cannot start a sentence to the one before it. */
    static void repair(Annotation doc, String text) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> joined = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            int last = joined.size() - 1;
            if (last >= 0 && continues(text, joined.get(last), sentence)) {
                joined.set(last, join(joined.get(last), sentence, text));
            } else {
                joined.add(sentence);
            }
        }
        if (joined.size() == sentences.size()) {
            return;
        }
        for (int i = 0; i < joined.size(); i++) {
            joined.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel token : joined.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                token.setSentIndex(i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, joined);
    }

    /** Whether {@code next} goes on {@code previous}: same line, and it opens with a lower-case word or a comma. */
    private static boolean continues(String text, CoreMap previous, CoreMap next) {
        int gapStart = previous.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int gapEnd = next.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (text.substring(gapStart, gapEnd).indexOf('\n') >= 0) {
            return false;
        }
        String first = next.get(CoreAnnotations.TokensAnnotation.class).get(0).originalText();
        return first.equals(",") || Character.isLowerCase(first.codePointAt(0));
    }

    private static CoreMap join(CoreMap previous, CoreMap next, String text) {
        List<CoreLabel> tokens = new ArrayList<>(previous.get(CoreAnnotations.TokensAnnotation.class));
        tokens.addAll(next.get(CoreAnnotations.TokensAnnotation.class));
        int begin = previous.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        CoreMap sentence = new ArrayCoreMap(previous);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, next.get(CoreAnnotations.TokenEndAnnotation.class));
        return sentence;
    }
}
