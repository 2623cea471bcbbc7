package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The NLP cascade. A cheap pass (tokenize, sentence split with {@link SentenceJoins}' repairs, part
 * of speech, lemma, 3-class CRF entities) runs on every sentence; the neural dependency parser
 * runs only on the sentences a {@link ParsePolicy} asks for, once more where it missed the clause
 * a reporting verb introduces without "that" ({@link ReportedClauses}) or lost a subject in its
 * parentheticals ({@link SubjectParentheticals}), and SUTime only on the few tokens around a time
 * word ({@link TimeWindows}). Two readings no English sentence has are put right in place: a finite
 * verb as the subject of its own infinitive ({@link InfinitiveHeads}) and a bare participle after a
 * noun as its predicate ({@link ReducedRelatives}).
 *
 * <p>The parser is our {@link DependencyParser}: CoreNLP's English model and algorithm, the same
 * parses, in a third of the time of CoreNLP's {@code depparse} annotator (measured in
 * docs/performance.md).
 *
 * <p>Loading takes a few seconds and about half a gigabyte of heap: build one instance per JVM with
 * {@link #load()} and share it. {@link #annotate} is thread-safe, and its result depends only on
 * its arguments, never on what was annotated before.
 */
public final class NlpPipeline {

    /** Splits words and sentences. */
    private final Annotator tokenizer;
    /** The tagger, lemmatiser and entity recogniser, over the text and again over a headline's truecased words. */
    private final AnnotationPipeline tagging;
    /** The tagger and lemmatiser of {@link #tagging} alone, for second readings ({@link ReportedClauses}). */
    private final Annotator posTagger;
    private final Annotator lemmatizer;
    private final DependencyParser parser;
    private final Properties timeProps;
    /** The SUTime annotator built at load, fresh until the first document that needs one takes it. */
    private final AtomicReference<TimeAnnotator> freshTimeAnnotator;

    private NlpPipeline(Annotator tokenizer, Annotator posTagger, Annotator lemmatizer, Annotator entities,
                        DependencyParser parser, Properties timeProps, TimeAnnotator sutime) {
        this.tokenizer = tokenizer;
        this.posTagger = posTagger;
        this.lemmatizer = lemmatizer;
        this.tagging = new AnnotationPipeline();
        for (Annotator a : List.of(posTagger, lemmatizer, entities)) {
            tagging.addAnnotator(a);
        }
        this.parser = parser;
        this.timeProps = timeProps;
        this.freshTimeAnnotator = new AtomicReference<>(sutime);
    }

    /**
     * Loads every model from the classpath; nothing is downloaded. The models load side by side,
     * each on its own thread, since each is most of a second of reading and decoding: the tagger,
     * the entity recogniser, the parser and SUTime's rules.
     */
    public static NlpPipeline load() {
        RedwoodConfiguration.errorLevel().apply();

        Properties props = new Properties();
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");

        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.verbose", "false");

        Annotator tokenizer = new TokenizerAnnotator(props);
        CompletableFuture<Annotator> entities = Loading.start("claimgraph-ner", () -> new NERCombinerAnnotator(props));
        CompletableFuture<Annotator> tagger = Loading.start("claimgraph-pos",
                () -> warmedUp(new POSTaggerAnnotator("pos", props), tokenizer));
        CompletableFuture<DependencyParser> parser = Loading.start("claimgraph-parser", DependencyParser::load);
        CompletableFuture<TimeAnnotator> sutime = Loading.start("claimgraph-sutime",
                () -> new TimeAnnotator("sutime", timeProps));
        // the same annotators, in the same order, as StanfordCoreNLP builds for
        // "tokenize,ssplit,pos,lemma,ner" (its tokenizer splits sentences too)
        return new NlpPipeline(tokenizer, Loading.join(tagger), new MorphaAnnotator(false), Loading.join(entities),
                Loading.join(parser), timeProps, Loading.join(sutime));
    }

    /**
     * The tagger, after tagging a few sentences of our own, so that the JIT compiles it on its
     * loading thread, which finishes before the entity recogniser's, rather than during the first
     * document.
     */
    private static Annotator warmedUp(Annotator tagger, Annotator tokenizer) {
        for (int round = 0; round < 5; round++) {
            Annotation text = new Annotation("The coast guard said on Monday that two trawlers had been stopped near "
                    + "the islands. The ministry denied it, and officials in Oslo declined to comment.");
            tokenizer.annotate(text);
            tagger.annotate(text);
        }
        return tagger;
    }

    /**
     * Annotates {@code text}; relative times resolve against {@code referenceDate} (may be null,
     * then they stay unresolved).
     */
    public AnnotatedText annotate(String text, LocalDate referenceDate, ParsePolicy policy) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        SentenceJoins.repair(doc, text);
        tagging.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> coreTokens = doc.get(CoreAnnotations.TokensAnnotation.class);

        retagHeadlines(text, coreSentences);

        Map<CoreMap, DependencyParser.Parse> parses = new IdentityHashMap<>();
        List<CoreMap> timeWindows = new ArrayList<>();
        for (CoreMap sentence : coreSentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> truecased = sentence.get(TruecasedTokens.class);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> lemmas = new ArrayList<>(tokens.size());
            List<String> tags = new ArrayList<>(tokens.size());
            List<Integer> timeWords = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (TimeWords.isTimeWord(t.originalText())) {
                    timeWords.add(words.size());
                }
                words.add(truecased == null ? t.word() : truecased.get(i).word());
                lemmas.add(t.lemma());
                tags.add(t.tag());
            }
            if (policy.needsParse(lemmas, tags)) {
                Reading first = new Reading(words, tags, lemmas, parser.parse(words, tags));
                Reading reading = ReportedClauses.repair(first, policy, this::tagWords, parser);
                reading = ReducedRelatives.repair(InfinitiveHeads.repair(reading));
                reading = SubjectParentheticals.repair(reading, this::tagWords, parser);
                if (reading != first) {
                    for (int i = 0; i < tokens.size(); i++) {
                        tokens.get(i).setTag(reading.tags().get(i));
                        tokens.get(i).setLemma(reading.lemmas().get(i));
                    }
                }
                parses.put(sentence, reading.parse());
            }
            timeWindows.addAll(TimeWindows.around(text, sentence, timeWords));
        }
        List<TimeExpression> times = timeWindows.isEmpty() ? List.of()
                : times(text, coreTokens, timeWindows, referenceDate);
        return convert(text, referenceDate, coreTokens, coreSentences, parses, times);
    }

    /** The tags and lemmas of {@code words} read as one sentence. */
    private Reading.Tagged tagWords(List<String> words) {
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel token = new CoreLabel();
            token.setWord(w);
            token.setValue(w);
            token.setOriginalText(w);
            tokens.add(token);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation one = new Annotation(String.join(" ", words));
        one.set(CoreAnnotations.TokensAnnotation.class, tokens);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        posTagger.annotate(one);
        lemmatizer.annotate(one);
        return new Reading.Tagged(tokens.stream().map(CoreLabel::tag).toList(),
                tokens.stream().map(CoreLabel::lemma).toList());
    }

    /** The words of a title-cased sentence as the tagger and parser read them (the original tokens keep theirs). */
    private static final class TruecasedTokens implements CoreAnnotation<List<CoreLabel>> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<List<CoreLabel>> getType() {
            return (Class<List<CoreLabel>>) (Class<?>) List.class;
        }
    }

    /**
     * Tags, lemmatises and recognises entities again on each title-cased sentence
     * ({@link HeadlineCase}), over a copy of its tokens with the common words lower-cased; the
     * original tokens take the new tags, lemmas and entities, and keep their words and offsets.
     */
    private void retagHeadlines(String text, List<CoreMap> sentences) {
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            words.add(sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList());
        }
        HeadlineCase evidence = null;
        for (int s = 0; s < sentences.size(); s++) {
            if (!HeadlineCase.titleCased(words.get(s))) {
                continue;
            }
            if (evidence == null) {
                evidence = HeadlineCase.of(words);
            }
            CoreMap sentence = sentences.get(s);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> truecased = evidence.truecased(words.get(s), tokens.stream().map(t -> t.ner() == null ? "O" : t.ner()).toList());
            if (truecased == words.get(s)) {
                continue;
            }
            List<CoreLabel> copies = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel copy = new CoreLabel(tokens.get(i));
                copy.setWord(truecased.get(i));
                copy.setValue(truecased.get(i));
                copy.remove(CoreAnnotations.PartOfSpeechAnnotation.class);
                copy.remove(CoreAnnotations.LemmaAnnotation.class);
                copy.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
                copy.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
                copies.add(copy);
            }
            CoreMap copy = new ArrayCoreMap(sentence);
            copy.set(CoreAnnotations.TokensAnnotation.class, copies);
            copy.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
            copy.set(CoreAnnotations.TokenEndAnnotation.class, copies.size());
            copy.remove(CoreAnnotations.MentionsAnnotation.class);
            Annotation headline = new Annotation(text);
            headline.set(CoreAnnotations.TokensAnnotation.class, copies);
            headline.set(CoreAnnotations.SentencesAnnotation.class, List.of(copy));
            tagging.annotate(headline);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setTag(copies.get(i).tag());
                tokens.get(i).setLemma(copies.get(i).lemma());
                tokens.get(i).setNER(copies.get(i).ner());
            }
            sentence.set(CoreAnnotations.MentionsAnnotation.class, copy.get(CoreAnnotations.MentionsAnnotation.class));
            sentence.set(TruecasedTokens.class, copies);
        }
    }

    /** SUTime over the windows of a document, as if each were a sentence. */
    private List<TimeExpression> times(String text, List<CoreLabel> tokens, List<CoreMap> windows,
                                       LocalDate referenceDate) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sub.set(CoreAnnotations.SentencesAnnotation.class, windows);
        if (referenceDate != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        // A fresh annotator per document: SUTime keeps state from earlier documents in its rule
        // environment (CoreNLP issue #1061), so that a shared one resolves "Monday" differently
        // depending on what it read before. Building one parses SUTime's rule files again: about
        // 20 ms, the price of results that depend only on the document. The one built at load is
        // used once, by the first document, which would otherwise wait for a second, cold build.
        TimeAnnotator fresh = freshTimeAnnotator.getAndSet(null);
        (fresh != null ? fresh : new TimeAnnotator("sutime", timeProps)).annotate(sub);
        List<CoreMap> found = sub.get(TimeAnnotations.TimexAnnotations.class);
        List<TimeExpression> times = new ArrayList<>();
        if (found != null) {
            for (CoreMap cm : found) {
                Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
                times.add(new TimeExpression(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        timex == null ? null : timex.timexType(), timex == null ? null : timex.value()));
            }
        }
        return times;
    }

    private static AnnotatedText convert(String text, LocalDate referenceDate, List<CoreLabel> tokens,
                                         List<CoreMap> coreSentences, Map<CoreMap, DependencyParser.Parse> parses,
                                         List<TimeExpression> times) {
        int n = tokens.size();
        int[] begin = new int[n];
        int[] end = new int[n];
        String[] lemma = new String[n];
        String[] pos = new String[n];
        String[] ner = new String[n];
        int[] head = new int[n];
        String[] relation = new String[n];
        Arrays.fill(head, AnnotatedText.UNPARSED);
        for (int i = 0; i < n; i++) {
            CoreLabel t = tokens.get(i);
            begin[i] = t.beginPosition();
            end[i] = t.endPosition();
            lemma[i] = t.lemma();
            pos[i] = t.tag();
            ner[i] = t.ner() == null ? "O" : t.ner();
        }
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<EntityMention> entities = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int last = s.get(CoreAnnotations.TokenEndAnnotation.class);
            DependencyParser.Parse parse = parses.get(s);
            if (parse != null) {
                for (int i = first; i < last; i++) {
                    int h = parse.head()[i - first];
                    head[i] = h < 0 ? AnnotatedText.ROOT : first + h;
                    relation[i] = parse.relation()[i - first];
                }
            }
            sentences.add(new Sentence(sentences.size(), first, last, parse != null));
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                    if (type == null || "O".equals(type)) {
                        continue;
                    }
                    int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    int ft = firstTokenAt(begin, mb);
                    int et = firstTokenAt(begin, me);
                    entities.add(new EntityMention(type, ft, et, mb, me));
                }
            }
        }
        return new AnnotatedText(text, referenceDate, begin, end, lemma, pos, ner, head, relation, sentences,
                entities, times);
    }

    /** Index of the first token starting at or after {@code offset}. */
    private static int firstTokenAt(int[] begin, int offset) {
        int i = Arrays.binarySearch(begin, offset);
        return i >= 0 ? i : -i - 1;
    }
}
