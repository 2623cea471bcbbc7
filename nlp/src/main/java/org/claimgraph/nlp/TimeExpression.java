package org.claimgraph.nlp;

/**
 * A time expression found by SUTime: characters {@code [begin, end)}, its TIMEX3 type
 * ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}) and its value resolved against the
 * reference date ({@code 2023-10-20}, {@code 2023-W41}, {@code P6D}, {@code PAST_REF}), or null.
 */
public record TimeExpression(int begin, int end, String type, String value) {
}
