package org.claimgraph.nlp;

/**
 * One sentence of an {@link AnnotatedText}: the tokens {@code [firstToken, endToken)}, and whether
 * the dependency parser ran on it (the cascade parses only the sentences that need it).
 */
public record Sentence(int index, int firstToken, int endToken, boolean parsed) {

    public int size() {
        return endToken - firstToken;
    }

    public boolean contains(int token) {
        return firstToken <= token && token < endToken;
    }
}
