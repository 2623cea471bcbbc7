package org.claimgraph.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

import java.io.StringReader;

/**
 * Counts tokens the way both measured pipelines see them: CoreNLP's English (PTB) tokenizer, the
 * one their {@code tokenize} annotator runs. Used for tokens per second; thread-safe.
 */
public final class TokenCounter {

    private TokenCounter() {
    }

    /** The number of tokens in {@code text}. */
    public static int count(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                "invertible=false,untokenizable=noneKeep");
        int n = 0;
        while (tokenizer.hasNext()) {
            tokenizer.next();
            n++;
        }
        return n;
    }
}
