package org.claimgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.claimgraph.model.Document;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The baseline: Stanford CoreNLP's own quote-attribution pipeline as a user who wants quotes and
 * their speakers builds it — {@value #ANNOTATORS}, every option at CoreNLP's default (the 3-model
 * NER with SUTime and fine-grained classes, statistical coref, quote attribution on), except that
 * the document date is set from the publication date, as claimgraph's is.
 *
 * <p>It needs about 5–6 GB of heap: {@link #load()} checks {@link Runtime#maxMemory()} first and
 * fails with {@link InsufficientHeapException} rather than running out of memory. Thread-safe as
 * CoreNLP's pipeline is ({@link StanfordCoreNLP#annotate} may be called from several threads).
 */
public final class QuotePipeline implements Workload {

    /** The annotators, as given to CoreNLP. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** The least heap limit the baseline runs with: 5.5 GiB (measured peak after GC: see docs/performance.md). */
    public static final long REQUIRED_HEAP_BYTES = 5632L * 1024 * 1024;

    private static final double GIB = 1024.0 * 1024 * 1024;

    private final StanfordCoreNLP pipeline;

    private QuotePipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the pipeline (about 20–30 s) after checking the heap limit. */
    public static QuotePipeline load() {
        requireHeap(Runtime.getRuntime().maxMemory());
        RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("coref.algorithm", "statistical"); // CoreNLP's default for English, stated
        props.setProperty("quote.attributeQuotes", "true");  // the default, stated: speakers of quotes
        return new QuotePipeline(new StanfordCoreNLP(props));
    }

    /**
     * Throws unless {@code maxHeapBytes} is at least {@link #REQUIRED_HEAP_BYTES}; the message says
     * how to run with more.
     */
    public static void requireHeap(long maxHeapBytes) {
        if (maxHeapBytes < REQUIRED_HEAP_BYTES) {
            throw new InsufficientHeapException(String.format(Locale.ROOT,
                    "the CoreNLP baseline needs a heap limit of at least %.1f GiB (it uses 5-6 GB), but this JVM's "
                            + "limit is %.1f GiB. Start Java with more, for example: "
                            + "CLAIMGRAPH_JAVA_OPTS=-Xmx8g ./claimgraph bench --baseline ...",
                    REQUIRED_HEAP_BYTES / GIB, maxHeapBytes / GIB));
        }
    }

    /** Annotates one document and returns the number of quotations found. */
    public int annotate(Document document) {
        Annotation annotation = new Annotation(document.text());
        if (document.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, document.published().toString());
        }
        pipeline.annotate(annotation);
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        return quotes == null ? 0 : quotes.size();
    }

    @Override
    public void process(Document document) {
        annotate(document);
    }
}
