package org.claimgraph.nlp;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A text with its linguistic annotation, held as compact arrays indexed by token; sentences,
 * entities and times refer to tokens by index. Immutable and thread-safe.
 *
 * <p>Dependency arcs exist only on sentences with {@link Sentence#parsed()}: there
 * {@link #head(int)} is the index of the token's head ({@code -1} for the sentence root) and
 * {@link #relation(int)} its Universal Dependencies label; elsewhere the head is {@code -2} and the
 * relation null.
 */
public final class AnnotatedText {

    /** Head value of a token whose sentence was not parsed. */
    public static final int UNPARSED = -2;
    /** Head value of a sentence's root. */
    public static final int ROOT = -1;

    private final String text;
    private final LocalDate referenceDate;
    private final int[] begin;
    private final int[] end;
    private final String[] lemma;
    private final String[] pos;
    private final String[] ner;
    private final int[] head;
    private final String[] relation;
    private final int[] sentenceOf;
    private final int[][] children;
    private final int[] subtreeFirst;
    private final int[] subtreeLast;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final List<TimeExpression> times;

    AnnotatedText(String text, LocalDate referenceDate, int[] begin, int[] end, String[] lemma, String[] pos,
                  String[] ner, int[] head, String[] relation, List<Sentence> sentences,
                  List<EntityMention> entities, List<TimeExpression> times) {
        this.text = text;
        this.referenceDate = referenceDate;
        this.begin = begin;
        this.end = end;
        this.lemma = lemma;
        this.pos = pos;
        this.ner = ner;
        this.head = head;
        this.relation = relation;
        this.sentences = List.copyOf(sentences);
        this.entities = List.copyOf(entities);
        this.times = List.copyOf(times);
        int n = begin.length;
        this.sentenceOf = new int[n];
        for (Sentence s : sentences) {
            Arrays.fill(sentenceOf, s.firstToken(), s.endToken(), s.index());
        }
        this.children = childrenOf(head);
        this.subtreeFirst = new int[n];
        this.subtreeLast = new int[n];
        for (int i = 0; i < n; i++) {
            subtreeFirst[i] = i;
            subtreeLast[i] = i;
        }
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (head[i] == ROOT) {
                    spanSubtree(i);
                }
            }
        }
    }

    private static int[][] childrenOf(int[] head) {
        int[] counts = new int[head.length];
        for (int h : head) {
            if (h >= 0) {
                counts[h]++;
            }
        }
        int[][] children = new int[head.length][];
        for (int i = 0; i < head.length; i++) {
            children[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int i = 0; i < head.length; i++) {
            int h = head[i];
            if (h >= 0) {
                children[h][counts[h]++] = i;
            }
        }
        return children;
    }

    /** Fills subtreeFirst/subtreeLast of {@code token} and its descendants; returns nothing. */
    private void spanSubtree(int token) {
        for (int child : children[token]) {
            spanSubtree(child);
            subtreeFirst[token] = Math.min(subtreeFirst[token], subtreeFirst[child]);
            subtreeLast[token] = Math.max(subtreeLast[token], subtreeLast[child]);
        }
    }

    public String text() {
        return text;
    }

    /** The date relative times were resolved against, or null. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    public int tokenCount() {
        return begin.length;
    }

    /** Character offset where the token starts. */
    public int begin(int token) {
        return begin[token];
    }

    /** Character offset just past the token's end. */
    public int end(int token) {
        return end[token];
    }

    /** The token as it appears in the text. */
    public String word(int token) {
        return text.substring(begin[token], end[token]);
    }

    /** The token's lemma, lower-cased unless the token is tagged as a proper noun. */
    public String lemma(int token) {
        return lemma[token];
    }

    /** Penn Treebank part-of-speech tag. */
    public String pos(int token) {
        return pos[token];
    }

    /** CRF entity tag: {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION} or {@code O}. */
    public String ner(int token) {
        return ner[token];
    }

    /** Index of the token's head, {@link #ROOT} or {@link #UNPARSED}. */
    public int head(int token) {
        return head[token];
    }

    /** Universal Dependencies relation to the head, or null when unparsed. */
    public String relation(int token) {
        return relation[token];
    }

    /** Dependents of the token in text order; empty when unparsed. */
    public int[] children(int token) {
        return children[token].clone();
    }

    /** The first dependent of {@code token} whose relation is {@code rel}, or -1. */
    public int child(int token, String rel) {
        for (int c : children[token]) {
            if (rel.equals(relation[c])) {
                return c;
            }
        }
        return -1;
    }

    /** First token of the token's dependency subtree (the token itself when unparsed). */
    public int subtreeFirst(int token) {
        return subtreeFirst[token];
    }

    /** Last token (inclusive) of the token's dependency subtree. */
    public int subtreeLast(int token) {
        return subtreeLast[token];
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    /** The token that covers character {@code offset}, or the next one after it; -1 past the end. */
    public int tokenAt(int offset) {
        int i = Arrays.binarySearch(end, offset + 1);
        int t = i >= 0 ? i : -i - 1;
        return t < end.length ? t : -1;
    }

    public List<EntityMention> entities() {
        return entities;
    }

    public List<TimeExpression> times() {
        return times;
    }

    /** Whether the token lies inside a date or time expression the time tagger found: "Friday", "last week". */
    public boolean inDateOrTime(int token) {
        int at = begin(token);
        return times.stream().anyMatch(x -> x.begin() <= at && at < x.end() && (x.type().equals("DATE") || x.type().equals("TIME")));
    }
}
