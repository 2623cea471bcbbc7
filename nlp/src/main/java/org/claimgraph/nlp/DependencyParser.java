package org.claimgraph.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * A greedy arc-standard dependency parser driven by {@link ParserWeights}: the algorithm of Chen
 * &amp; Manning (2014), run with the English Universal Dependencies model that ships in CoreNLP's
 * models jar, so it gives the parses CoreNLP's {@code depparse} gives, for about a third of the
 * CPU time.
 *
 * <p>What makes it cheaper: it returns heads and labels as arrays (CoreNLP's annotator also builds
 * five dependency graphs per sentence), looks inputs up in arrays rather than boxed hash maps,
 * computes in single precision with loops the JIT vectorises ({@link ParserWeights}), and keeps
 * every state in a few int arrays. Thread-safe; share one instance.
 */
final class DependencyParser {

    /** Where the model sits in the CoreNLP models jar. */
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final int NONE = -1;

    private final ParserWeights weights;
    private final int nullWord;
    private final int rootWord;
    private final int unknownWord;
    private final int nullTag;
    private final int rootTag;
    private final int unknownTag;
    private final int nullLabel;

    DependencyParser(ParserWeights weights) {
        this.weights = weights;
        this.nullWord = weights.words.get(ParserWeights.NULL);
        this.rootWord = weights.words.get(ParserWeights.ROOT);
        this.unknownWord = weights.words.get(ParserWeights.UNKNOWN);
        this.nullTag = weights.tags.get(ParserWeights.NULL);
        this.rootTag = weights.tags.get(ParserWeights.ROOT);
        this.unknownTag = weights.tags.get(ParserWeights.UNKNOWN);
        this.nullLabel = weights.labels.get(ParserWeights.NULL);
    }

    /**
     * Loads the model, then parses a few sentences of our own so that the JIT compiles the
     * scoring loops here, on the loading thread, rather than during the first document.
     */
    static DependencyParser load() {
        DependencyParser parser = new DependencyParser(ParserWeights.load(MODEL));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            parser.parse(WARM_UP_WORDS, WARM_UP_TAGS);
        }
        return parser;
    }

    private static final int WARM_UP_ROUNDS = 10;
    private static final List<String> WARM_UP_WORDS = List.of("The", "coast", "guard", "said", "on", "Monday", "that",
            "two", "trawlers", "had", "been", "stopped", "near", "the", "islands", ",", "and", "the", "ministry",
            "denied", "it", ".");
    private static final List<String> WARM_UP_TAGS = List.of("DT", "NN", "NN", "VBD", "IN", "NNP", "IN",
            "CD", "NNS", "VBD", "VBN", "VBN", "IN", "DT", "NNS", ",", "CC", "DT", "NN",
            "VBD", "PRP", ".");

    /**
     * The dependency tree of one sentence.
     *
     * @param head     for each token, the index of its head within the sentence, or -1 for the root
     * @param relation for each token, its Universal Dependencies relation ("nsubj", "root", …)
     */
    record Parse(int[] head, String[] relation) {
    }

    /** Parses a sentence given its words and part-of-speech tags (Penn Treebank). */
    Parse parse(List<String> words, List<String> tags) {
        int n = words.size();
        State s = new State(n);
        // node ids: 0 is the root, token i is node i + 1
        int[] wordRow = new int[n + 1];
        int[] tagRow = new int[n + 1];
        wordRow[0] = rootWord;
        tagRow[0] = rootTag;
        for (int i = 0; i < n; i++) {
            wordRow[i + 1] = weights.words.getOrDefault(words.get(i), unknownWord);
            tagRow[i + 1] = weights.tags.getOrDefault(tags.get(i), unknownTag);
        }
        int[] input = new int[weights.features];
        int labels = weights.arcLabels.length;
        while (!(s.stackSize == 1 && s.next > n)) {
            features(s, wordRow, tagRow, input);
            float[] scores = weights.scores(input);
            int best = NONE;
            for (int t = 0; t < scores.length; t++) {
                if ((best == NONE || scores[t] > scores[best]) && s.canApply(t, labels)) {
                    best = t;
                }
            }
            if (best == NONE) {
                break; // cannot happen with a well-formed model: shift or a root arc always applies
            }
            s.apply(best, labels);
        }
        int[] head = new int[n];
        String[] relation = new String[n];
        for (int i = 0; i < n; i++) {
            int h = s.head[i + 1];
            head[i] = h <= 0 ? -1 : h - 1;
            relation[i] = h < 0 ? "dep" : h == 0 ? "root" : weights.arcLabels[s.label[i + 1]];
        }
        markPassiveSubjects(head, relation);
        return new Parse(head, relation);
    }

    /**
     * The model labels the subject of a passive verb {@code nsubj}; Universal Dependencies (and
     * CoreNLP, which applies this after its parser) call it {@code nsubj:pass} when the verb has a
     * passive auxiliary ({@code aux:pass}), and a clausal one {@code csubj:pass}.
     */
    private static void markPassiveSubjects(int[] head, String[] relation) {
        boolean[] passive = new boolean[head.length];
        for (int i = 0; i < head.length; i++) {
            if (head[i] >= 0 && "aux:pass".equals(relation[i])) {
                passive[head[i]] = true;
            }
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] >= 0 && passive[head[i]] && ("nsubj".equals(relation[i]) || "csubj".equals(relation[i]))) {
                relation[i] = relation[i] + ":pass";
            }
        }
    }

    /** The 48 inputs of Chen &amp; Manning: words, then tags, then arc labels of the stack, buffer and children. */
    private void features(State s, int[] wordRow, int[] tagRow, int[] input) {
        int w = 0;
        int t = 18;
        int l = 36;
        for (int j = 2; j >= 0; j--) {
            int node = s.stack(j);
            input[w++] = word(node, wordRow);
            input[t++] = tag(node, tagRow);
        }
        for (int j = 0; j <= 2; j++) {
            int node = s.buffer(j);
            input[w++] = word(node, wordRow);
            input[t++] = tag(node, tagRow);
        }
        for (int j = 0; j <= 1; j++) {
            int k = s.stack(j);
            int lc1 = s.leftChild(k, 1);
            int rc1 = s.rightChild(k, 1);
            int[] nodes = {lc1, rc1, s.leftChild(k, 2), s.rightChild(k, 2), s.leftChild(lc1, 1), s.rightChild(rc1, 1)};
            for (int node : nodes) {
                input[w++] = word(node, wordRow);
                input[t++] = tag(node, tagRow);
                input[l++] = node <= 0 ? nullLabel : weights.arcLabelRows[s.label[node]];
            }
        }
    }

    private int word(int node, int[] wordRow) {
        return node < 0 ? nullWord : wordRow[node];
    }

    private int tag(int node, int[] tagRow) {
        return node < 0 ? nullTag : tagRow[node];
    }

    /** A parser configuration: the stack, the next buffer node, and the arcs so far. */
    private static final class State {
        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        final int[] label;

        State(int n) {
            this.n = n;
            this.stack = new int[n + 1];
            this.head = new int[n + 1];
            this.label = new int[n + 1];
            Arrays.fill(head, NONE);
            stack[stackSize++] = 0;
        }

        int stack(int j) {
            return j < stackSize ? stack[stackSize - 1 - j] : NONE;
        }

        int buffer(int j) {
            return next + j <= n ? next + j : NONE;
        }

        /** The cnt-th child left of node k, counted from the leftmost. */
        int leftChild(int k, int cnt) {
            if (k < 0) {
                return NONE;
            }
            int c = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }

        /** The cnt-th child right of node k, counted from the rightmost. */
        int rightChild(int k, int cnt) {
            if (k < 0) {
                return NONE;
            }
            int c = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }

        /** Transitions 0 … L-1 are left arcs, L … 2L-1 right arcs (label t mod L; label 0 is the root's), 2L shift. */
        boolean canApply(int t, int labels) {
            boolean shift = t == 2 * labels;
            if (shift) {
                return next <= n;
            }
            boolean left = t < labels;
            int label = left ? t : t - labels;
            int h = left ? stack(0) : stack(1);
            if (h < 0 || (h == 0) != (label == 0)) {
                return false;
            }
            return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && next > n);
        }

        void apply(int t, int labels) {
            if (t == 2 * labels) {
                stack[stackSize++] = next++;
                return;
            }
            int s0 = stack[stackSize - 1];
            int s1 = stack[stackSize - 2];
            if (t < labels) {
                head[s1] = s0;
                label[s1] = t;
                stack[stackSize - 2] = s0;
            } else {
                head[s0] = s1;
                label[s0] = t - labels;
            }
            stackSize--;
        }
    }
}
