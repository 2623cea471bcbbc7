package org.claimgraph.nlp;

/**
 * A named entity found by the CRF tagger: tokens {@code [firstToken, endToken)} and the type
 * ({@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}).
 */
public record EntityMention(String type, int firstToken, int endToken, int begin, int end) {
}
