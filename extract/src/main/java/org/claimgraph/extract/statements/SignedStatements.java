package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements marked by punctuation rather than a verb, found on tokens alone, without the parser:
 * a quotation signed with a dash ("“…” ― Sonya Herridge") and a speaker label opening a paragraph
 * ("WALLACE: Let's start …"). Stateless.
 */
final class SignedStatements {

    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    /** The cue of a statement signed with a dash or a speaker label. */
    private static final CueEntry SIGNED = new CueEntry(List.of("say"), CueStance.ASSERT, false, CueContent.CLAUSE);
    /**
     * How many paragraphs a transcript's turn may run over after its label's own before the next
     * label: a label further on belongs to another exchange, not to this turn.
     */
    private static final int MAX_TURN_PARAGRAPHS = 6;

    private SignedStatements() {
    }

    /**
     * Statements marked by punctuation rather than a verb, found on tokens alone: a quotation signed
     * with a dash ("“…” ― Sonya Herridge") and a speaker label opening a paragraph ("WALLACE: Let's
     * start …"). The dash or colon is the cue.
     */
    static void findLabelled(AnnotatedText text, List<FoundStatement> found) {
        findSigned(text, found);
        findSpeakerLabels(text, found);
    }

    /**
     * A paragraph that is a quotation, signed with a dash and a name that ends the line, on the same
     * line ("“…” ― Sonya Herridge", "“…”\u00a0― Ann Lee.") or on the next ("“…”¶- Ann Lee."). The
     * content is the whole paragraph, so a quotation inside it ("“… what he calls “hell” …”") does
     * not cut it short.
     */
    private static void findSigned(AnnotatedText text, List<FoundStatement> found) {
        String t = text.text();
        for (int d = 0; d < text.tokenCount(); d++) {
            if (!DASHES.contains(text.word(d))) {
                continue;
            }
            int close = text.begin(d) - 1;
            while (close >= 0 && Spaces.isSpace(t.charAt(close))) {
                close--;
            }
            int last = nameEnd(text, d + 1);
            if (close < 0 || !isQuoteMark(t, close) || last <= d || !endsLine(t, text.end(last))) {
                continue;
            }
            int open = t.lastIndexOf('\n', close) + 1;
            while (open < close && Spaces.isSpace(t.charAt(open))) {
                open++;
            }
            if (open < close && isQuoteMark(t, open)) {
                found.add(new FoundStatement(d, d, SIGNED, text.tokenAt(open), text.tokenAt(close), d + 1, last, last, last));
            }
        }
    }

    /**
     * A speaker label opening a paragraph ("WALLACE: Let's start …"). Its content is the rest of the
     * paragraph, and in a transcript the paragraphs after it up to the next label or a bracketed
     * note ("(CROSSTALK.)"): a turn often runs over several paragraphs. Only a label in capitals
     * runs on, as transcripts print them: "Anders Dahl: Close the harbour." heads a section of an
     * article, whose paragraphs are the writer's (in 18 train articles with labels, letting those
     * run on lost 11 content matches). A label in a document's first line is a headline's, which
     * never runs on.
     */
    private static void findSpeakerLabels(AnnotatedText text, List<FoundStatement> found) {
        String t = text.text();
        List<int[]> labels = new ArrayList<>(); // first, last, colon, end of the colon's sentence
        for (Sentence s : text.sentences()) {
            int first = s.firstToken();
            if (Quotations.MARKS.contains(text.word(first)) && first + 1 < s.endToken()) {
                first++; // "PENCE: Well, look …" in a transcript quoted whole
            }
            boolean paragraphStart = startsParagraph(t, text.begin(first))
                    || first > s.firstToken() && Quotations.MARKS.contains(text.word(first - 1))
                    && startsParagraph(t, text.begin(first - 1));
            int[] label = paragraphStart ? ColonLabels.find(text, s, first, t.lastIndexOf('\n', text.begin(first)) < 0) : null;
            if (label != null) {
                labels.add(new int[] {label[0], label[1], label[2], s.endToken() - 1});
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            int end = lineEnd(t, text.begin(label[2]));
            if (t.lastIndexOf('\n', text.begin(label[0])) >= 0 && capitals(text.word(label[1]))) {
                end = turnEnd(t, end, i + 1 < labels.size() ? text.begin(labels.get(i + 1)[0]) : t.length());
            }
            int[] content = ContentFinder.trimmed(text, new int[] {label[2] + 1, Math.max(label[3], text.tokenAt(end - 1))});
            if (content != null) {
                found.add(new FoundStatement(label[2], label[2], SIGNED, content[0], content[1], label[0], label[1], label[1], label[1]));
            }
        }
    }

    /**
     * The end of a transcript turn whose label's paragraph ends at {@code paragraphEnd}: the end of
     * the last paragraph before the one holding the next label (at {@code nextLabel}) or a bracketed
     * note, if one of them comes within {@link #MAX_TURN_PARAGRAPHS}; else {@code paragraphEnd}, as
     * a label whose turn nothing closes is no transcript.
     */
    private static int turnEnd(String text, int paragraphEnd, int nextLabel) {
        int end = paragraphEnd;
        for (int n = 0; n <= MAX_TURN_PARAGRAPHS; n++) {
            int p = end;
            while (p < text.length() && Spaces.isSpace(text.charAt(p))) {
                p++;
            }
            if (p >= text.length()) {
                return paragraphEnd;
            }
            int q = p < text.length() - 1 && isQuoteMark(text, p) ? p + 1 : p;
            if (lineEnd(text, p) >= nextLabel || text.charAt(q) == '(') {
                return end;
            }
            end = lineEnd(text, p);
        }
        return paragraphEnd;
    }

    /** The end of the line holding {@code at}, before its trailing spaces. */
    static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        while (end > at && Spaces.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whether only spaces, a full stop or a closing bracket follow {@code at} on its line, or a comma ("— Ann Lee, a nurse"). */
    private static boolean endsLine(String text, int at) {
        for (int i = at; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == ',' && i == at) {
                return true;
            }
            if (!Spaces.isSpace(c) && ".)".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a double quotation mark stands at {@code i} (or a doubled apostrophe ends or starts there). */
    private static boolean isQuoteMark(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '”' || c == '"' || c == '\'' && (text.startsWith("''", i) || i > 0 && text.startsWith("''", i - 1));
    }

    /** "WALLACE": the tagger does not always take a capitalised label for a proper noun. */
    static boolean capitals(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether only spaces stand between the start of a line and character {@code at}. */
    static boolean startsParagraph(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Last token of a run of proper nouns starting at {@code t} ("Sonya Herridge", "WALLACE"); t - 1 if none. */
    static int nameEnd(AnnotatedText text, int t) {
        int last = t - 1;
        while (last + 1 < text.tokenCount() && (text.pos(last + 1).startsWith("NNP") || capitals(text.word(last + 1)))
                && text.sentenceOf(last + 1).index() == text.sentenceOf(t).index()) {
            last++;
        }
        return last;
    }
}
