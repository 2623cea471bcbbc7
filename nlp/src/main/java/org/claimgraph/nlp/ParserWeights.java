package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a Chen &amp; Manning (2014) feed-forward transition classifier, as stored in
 * CoreNLP's neural dependency parser model files ({@code english_UD.gz}), and its forward pass.
 *
 * <p>The network: 48 input features (18 words, 18 tags, 12 arc labels), each an embedding row;
 * one hidden layer with a cube activation; one score per transition. The hidden layer is a sum of
 * one slice of the first weight matrix per feature, and each slice is computed once, on first
 * use, and kept in a cache shared by all threads: always for the inputs the model file lists as
 * frequent (CoreNLP computes all 99,990 of those at load, which would cost seconds of start-up and
 * 800 MB for slices most texts never use), and up to a bound for the others. Slices are floats.
 *
 * <p>Immutable after loading apart from the cache, which is safe to share: two threads that miss
 * the same slice both compute it, and either result is kept.
 */
final class ParserWeights {

    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";
    static final String UNKNOWN = "-UNKNOWN-";

    /** Slices kept in the cache beyond the frequent ones: 4 KB each, so at most 200 MB. */
    private static final int MAX_CACHED = 50_000;

    final Map<String, Integer> words;
    final Map<String, Integer> tags;
    final Map<String, Integer> labels;
    /** Arc labels in transition order, the label dictionary's {@code -NULL-} left out; the first is the root's. */
    final String[] arcLabels;
    /** Embedding row of each arc label, in the order of {@link #arcLabels}. */
    final int[] arcLabelRows;
    final int features;

    private final int embeddingSize;
    private final int hiddenSize;
    private final float[][] embeddings;
    /** W1 by input column: column {@code position * embeddingSize + k} holds one weight per hidden unit. */
    private final float[][] hiddenWeightColumns;
    private final float[] hiddenBias;
    /** W2 transposed and flattened: hidden unit i's weight for transition t at {@code i * transitions + t}. */
    private final float[] outputByHidden;
    /** Transitions scored: a left and a right arc per label, and shift. */
    private final int transitions;
    /** Hidden-layer slice of each (embedding row, feature position), or null until first needed. */
    private final AtomicReferenceArray<float[]> slices;
    /** The (embedding row, feature position) keys the model file lists as frequent: their slices are always kept. */
    private final BitSet frequent;
    private final AtomicInteger cached = new AtomicInteger();

    private ParserWeights(Map<String, Integer> words, Map<String, Integer> tags, Map<String, Integer> labels,
                          String[] arcLabels, int features, float[][] embeddings, float[][] hiddenWeightColumns,
                          float[] hiddenBias, float[] outputByHidden, BitSet frequent) {
        this.words = words;
        this.tags = tags;
        this.labels = labels;
        this.arcLabels = arcLabels;
        this.arcLabelRows = new int[arcLabels.length];
        for (int i = 0; i < arcLabels.length; i++) {
            arcLabelRows[i] = labels.get(arcLabels[i]);
        }
        this.features = features;
        this.embeddings = embeddings;
        this.embeddingSize = embeddings[0].length;
        this.hiddenWeightColumns = hiddenWeightColumns;
        this.hiddenSize = hiddenBias.length;
        this.hiddenBias = hiddenBias;
        this.outputByHidden = outputByHidden;
        this.transitions = outputByHidden.length / hiddenBias.length;
        this.slices = new AtomicReferenceArray<>(embeddings.length * features);
        this.frequent = frequent;
    }

    /**
     * The transition scores for one parser state, given as the embedding row of each of the
     * {@link #features} inputs.
     *
     * <p>In single precision and written as element-wise loops (the output layer as one
     * multiply-add of each hidden unit over all transitions, not a dot product per transition), so
     * that the JIT compiles them to vector instructions.
     */
    float[] scores(int[] input) {
        float[] hidden = new float[hiddenSize];
        for (int j = 0; j < input.length; j++) {
            float[] slice = slice(input[j], j);
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += slice[i];
            }
        }
        float[] scores = new float[transitions];
        for (int i = 0; i < hiddenSize; i++) {
            float h = hidden[i] + hiddenBias[i];
            float cube = h * h * h;
            int row = i * transitions;
            for (int t = 0; t < transitions; t++) {
                scores[t] += outputByHidden[row + t] * cube;
            }
        }
        return scores;
    }

    private float[] slice(int row, int position) {
        int key = row * features + position;
        float[] slice = slices.get(key);
        if (slice != null) {
            return slice;
        }
        slice = computeSlice(row, position);
        if (frequent.get(key)) {
            slices.set(key, slice);
        } else if (cached.get() < MAX_CACHED && slices.compareAndSet(key, null, slice)) {
            cached.incrementAndGet();
        }
        return slice;
    }

    /** The hidden-layer contribution of embedding row {@code row} at input {@code position}: a sum of W1 columns, each weighted by one embedding value. */
    private float[] computeSlice(int row, int position) {
        float[] e = embeddings[row];
        int offset = position * embeddingSize;
        float[] slice = new float[hiddenSize];
        for (int k = 0; k < embeddingSize; k++) {
            float[] column = hiddenWeightColumns[offset + k];
            float ek = e[k];
            for (int i = 0; i < hiddenSize; i++) {
                slice[i] += column[i] * ek;
            }
        }
        return slice;
    }

    /** Reads a model file in CoreNLP's text format (gzipped) from the classpath. */
    static ParserWeights load(String resource) {
        InputStream raw = ParserWeights.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("parser model " + resource + " is not on the classpath");
        }
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    static ParserWeights read(InputStream stream, String resource) throws IOException {
        ModelText in = new ModelText(stream, resource);
        String line = in.line();
        while (line != null && (line.startsWith("language=") || line.startsWith("tlp="))) {
            line = in.line();
        }
        int nWords = header(line, "dict", resource);
        int nTags = header(in.line(), "pos", resource);
        int nLabels = header(in.line(), "label", resource);
        int embeddingSize = header(in.line(), "embeddingSize", resource);
        int hiddenSize = header(in.line(), "hiddenSize", resource);
        int features = header(in.line(), "numTokens", resource);
        int nPrecomputed = header(in.line(), "preComputed", resource);

        float[][] embeddings = new float[nWords + nTags + nLabels][];
        Map<String, Integer> words = new HashMap<>(nWords * 2);
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        String[] labelNames = new String[nLabels];
        for (int row = 0; row < embeddings.length; row++) {
            String name = in.word();
            embeddings[row] = numbers(in, embeddingSize);
            if (row < nWords) {
                words.put(name, row);
            } else if (row < nWords + nTags) {
                tags.put(name, row);
            } else {
                labels.put(name, row);
                labelNames[row - nWords - nTags] = name;
            }
        }
        // W1 is stored column by column, one line per input column with one value per hidden unit:
        // the layout computeSlice reads
        float[][] hiddenWeightColumns = new float[features * embeddingSize][];
        for (int column = 0; column < hiddenWeightColumns.length; column++) {
            hiddenWeightColumns[column] = numbers(in, hiddenSize);
        }
        float[] hiddenBias = numbers(in, hiddenSize);
        // W2 is stored one line per hidden unit, one value per transition: the order scores() reads it in
        int transitions = nLabels * 2 - 1;
        float[] outputByHidden = new float[hiddenSize * transitions];
        for (int i = 0; i < hiddenSize; i++) {
            System.arraycopy(numbers(in, transitions), 0, outputByHidden, i * transitions, transitions);
        }
        BitSet frequent = new BitSet(embeddings.length * features);
        for (int n = 0; n < nPrecomputed; n++) {
            if (!in.moreOnLine()) {
                in.endLine();
                if (!in.moreOnLine()) {
                    throw in.error("the file ends after " + n + " of " + nPrecomputed + " precomputed inputs");
                }
            }
            frequent.set(in.integer());
        }
        if (!NULL.equals(labelNames[0])) {
            throw new IllegalStateException("parser model " + resource + ": the first label is " + labelNames[0]
                    + ", expected " + NULL);
        }
        return new ParserWeights(words, tags, labels, List.of(labelNames).subList(1, nLabels).toArray(String[]::new),
                features, embeddings, hiddenWeightColumns, hiddenBias, outputByHidden, frequent);
    }

    private static int header(String line, String name, String resource) {
        if (line == null || !line.startsWith(name + "=")) {
            throw new IllegalStateException("parser model " + resource + ": expected the header line " + name
                    + "=N, found " + (line == null ? "the end of the file" : "'" + line + "'"));
        }
        return Integer.parseInt(line.substring(name.length() + 1).trim());
    }

    /** The rest of a line: exactly {@code count} numbers. */
    private static float[] numbers(ModelText in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.number();
        }
        in.endLine();
        return values;
    }
}
