package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.List;
import java.util.Set;

/**
 * A quotation that a colon introduces, whatever the words before the colon: "Trump leaned in and
 * boomed: “…”", "The council had one message: “…”", "Here is Lind in 1992: “…”", and a quotation
 * opening the paragraph after one that ends with a colon ("released the following statement:").
 * No reporting verb is needed: in train PolNeAR reads 314 of the 331 quotations right after a colon
 * as attributed speech, and the lexicon's verbs cover only two thirds of them. The cue runs from
 * the last finite verb before the colon to the colon ("responded pointedly, with a smile:"), or is
 * the colon alone when there is none; the source is that verb's subject. A byline before the colon
 * ("“Hamlet Returns,” by the Post's Ann Lee: “…”") quotes an article, not speech. Found on tokens,
 * with the parse where the sentence has one, and only where no other statement already reports
 * the quotation or claims the words before the colon as its cue. Stateless.
 */
final class ColonQuotations {

    /** The cue of a quotation a colon introduces. */
    private static final CueEntry INTRODUCED = new CueEntry(List.of(":"), CueStance.ASSERT, false, CueContent.CLAUSE);

    /** Tags of the words of a noun phrase before its head: "the Post's pollster", "Pollster Ann". */
    private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$");

    private ColonQuotations() {
    }

    /** Adds a statement for each quotation right after a colon that no statement in {@code found} reports yet. */
    static void find(AnnotatedText text, Quotations quotes, List<FoundStatement> found) {
        String t = text.text();
        for (int q = 0; q < quotes.size(); q++) {
            int colonEnd = quotes.start(q);
            while (colonEnd > 0 && Spaces.isSpace(t.charAt(colonEnd - 1))) { // on its line, or ending the paragraph before
                colonEnd--;
            }
            if (colonEnd == 0 || t.charAt(colonEnd - 1) != ':') {
                continue;
            }
            int colon = text.tokenAt(colonEnd - 1);
            int first = text.tokenAt(quotes.start(q));
            int last = text.tokenAt(quotes.end(q) - 1);
            if (colon < 0 || first < 0 || last < first || !text.word(colon).equals(":")
                    || quotes.containing(text.begin(colon), text.end(colon)) >= 0
                    || !ContentFinder.anyWord(text, first, last) || reported(found, first, last)) {
                continue;
            }
            Sentence s = text.sentenceOf(colon);
            int verb = lastFiniteVerb(text, quotes, s.firstToken(), colon);
            int cueFirst = verb < 0 ? colon : verb;
            if (claimsCue(found, cueFirst, colon) || verb < 0 && byline(text, s.firstToken(), colon)) {
                continue;
            }
            int source = verb < 0 ? name(text, s.firstToken(), colon) : subject(text, s.firstToken(), verb);
            int[] content = {first, last};
            int[] span = source < 0 ? new int[] {-1, -1}
                    : text.head(source) == AnnotatedText.UNPARSED ? new int[] {phraseStart(text, s.firstToken(), source), source}
                    : SourceFinder.sourceSpan(text, quotes, source, cueFirst, colon, content);
            found.add(new FoundStatement(cueFirst, colon, INTRODUCED, first, last, span[0], span[1], source, source));
        }
    }

    /** Whether a statement already found reports any of the tokens {@code first..last}. */
    private static boolean reported(List<FoundStatement> found, int first, int last) {
        for (FoundStatement f : found) {
            if (f.contentFirst() <= last && first <= f.contentLast()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a statement already found has its cue in {@code first..last}: "said:" is a verb cue's, with its own content. */
    private static boolean claimsCue(List<FoundStatement> found, int first, int last) {
        for (FoundStatement f : found) {
            if (f.cueFirst() <= last && first <= f.cueLast()) {
                return true;
            }
        }
        return false;
    }

    /** The last finite verb in {@code from..colon - 1} outside any quotation, or -1. */
    private static int lastFiniteVerb(AnnotatedText text, Quotations quotes, int from, int colon) {
        for (int v = colon - 1; v >= from; v--) {
            if (ContentFinder.FINITE_VERB_TAGS.contains(text.pos(v)) && !text.pos(v).equals("MD")
                    && quotes.containing(text.begin(v), text.end(v)) < 0) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The subject of {@code verb} before it: the parser's (or that of the verb it is a conjunct of)
     * where the sentence is parsed, else the pronoun or noun right before it, past adverbs ("Kelly
     * then shot back"), or the pronoun or name that opens the sentence ("Dahl leaned in and
     * boomed"); -1 if none.
     */
    private static int subject(AnnotatedText text, int from, int verb) {
        if (text.head(verb) != AnnotatedText.UNPARSED) {
            int subject = SourceFinder.subject(text, verb, 1);
            return subject < verb ? subject : -1;
        }
        int t = verb - 1;
        while (t >= from && text.pos(t).startsWith("RB")) {
            t--;
        }
        if (t >= from && (text.pos(t).equals("PRP") || text.pos(t).startsWith("NN"))) {
            return t;
        }
        int name = from; // "Dahl leaned in and boomed:": the name that opens the sentence
        while (name + 1 < verb && text.pos(name + 1).startsWith("NNP")) {
            name++;
        }
        return text.pos(from).equals("PRP") || text.pos(name).startsWith("NNP") ? name : -1;
    }

    /** The first word of the noun phrase whose head word is {@code last} ("the harbour council"), or {@code last} itself. */
    private static int phraseStart(AnnotatedText text, int from, int last) {
        int first = last;
        while (first - 1 >= from && text.pos(last).startsWith("NN") && NOUN_PHRASE.contains(text.pos(first - 1))) {
            first--;
        }
        return first;
    }

    /** The last word of a name that ends right before the colon ("Pollster Ann Lee:"), or -1. */
    private static int name(AnnotatedText text, int from, int colon) {
        int t = colon - 1;
        return t >= from && text.pos(t).startsWith("NNP") ? t : -1;
    }

    /**
     * Whether a byline ends right before the colon: "“Hamlet Returns,” by the Post's Ann Lee:"
     * quotes an article, which PolNeAR does not read as speech.
     */
    private static boolean byline(AnnotatedText text, int from, int colon) {
        int first = phraseStart(text, from, colon - 1);
        return text.pos(colon - 1).startsWith("NN") && first > from && text.word(first - 1).equalsIgnoreCase("by");
    }
}
