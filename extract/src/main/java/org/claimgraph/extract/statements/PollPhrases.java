package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence that opens with the poll that reports it: "In a Harbour Post poll released Monday,
 * Lind leads Dahl by five points." The cue is "In", the source the poll's phrase, the content the
 * clause after its comma. Found on tokens alone: such a sentence often holds no verb cue, so the
 * parse policy leaves it unparsed. Only at a sentence's start: in train, "in … poll" there is a
 * PolNeAR cue 15 times in 21, and anywhere else 40 in 191 ("trails Dahl in the polls"). Stateless.
 */
final class PollPhrases {

    /** The cue of a poll that reports a sentence's clause. */
    private static final CueEntry IN_POLL = new CueEntry(List.of("in"), CueStance.ASSERT, false, CueContent.CLAUSE);
    /** Nouns that name a poll: "In the latest polls", "In a survey of 900 voters". */
    private static final Set<String> POLLS = Set.of("poll", "survey", "polling");
    /** Nouns that may head a poll's phrase before the poll: "In the RealClearPolitics average of polls". */
    private static final Set<String> POLL_SUMMARIES = Set.of("average", "aggregate");
    /** Tags of the words that may come before the poll noun: "the latest CNN/ORC", "a Harbour Post-Ipsos". */
    private static final Set<String> BEFORE_POLL = Set.of("DT", "JJ", "JJS", "JJR", "NNP", "NNPS", "NN", "NNS", "CD",
            "HYPH", "SYM", "POS", "PRP$", "VBN", "``", "''");
    /** Words that may open a sentence before "In": "But in a poll …", "And in the latest survey …". */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "also");
    /** How many words may stand between "In" and the comma that ends the poll's phrase. */
    private static final int MAX_PHRASE = 16;

    private PollPhrases() {
    }

    /** Adds a statement for each sentence that opens with "In" and a poll's phrase, then a comma. */
    static void find(AnnotatedText text, List<FoundStatement> found) {
        for (Sentence s : text.sentences()) {
            int in = s.firstToken();
            while (in < s.endToken() && OPENERS.contains(text.word(in).toLowerCase(Locale.ROOT))) {
                in++;
            }
            if (in < s.endToken() && text.word(in).equalsIgnoreCase("in")) {
                FoundStatement statement = opening(text, s, in);
                if (statement != null) {
                    found.add(statement);
                }
            }
        }
    }

    /** The statement whose cue is the "In" at {@code in}, or null when no poll's phrase follows it. */
    private static FoundStatement opening(AnnotatedText text, Sentence s, int in) {
        int head = -1;
        int comma = -1;
        for (int t = in + 1; t < Math.min(s.endToken(), in + 2 + MAX_PHRASE); t++) {
            String lemma = text.lemma(t).toLowerCase(Locale.ROOT);
            if (text.word(t).equals(",")) {
                comma = t;
                break;
            }
            if (head < 0 && (POLLS.contains(lemma) || POLL_SUMMARIES.contains(lemma))) {
                head = t;
            } else if (head < 0 && !BEFORE_POLL.contains(text.pos(t))) {
                return null; // "In eight of nine states where exit polls were taken, …": the poll is not the phrase's head
            } else if (head >= 0 && ContentFinder.FINITE_VERB_TAGS.contains(text.pos(t))) {
                return null; // "In March a poll found that …, …": the poll is the subject of a clause
            }
        }
        if (head < 0 || comma < 0 || comma + 2 >= s.endToken() || !mentionsPoll(text, head, comma)) {
            return null;
        }
        int clause = afterParticiple(text, s, comma);
        if (ContentFinder.RELATIVE_TAGS.contains(text.pos(clause))) {
            return null; // "In the poll, which asked about …, most answered": no clause follows the phrase
        }
        int[] content = ContentFinder.trimmed(text, new int[] {clause, s.endToken() - 1});
        return content == null ? null
                : new FoundStatement(in, in, IN_POLL, content[0], content[1], in + 1, clause - 2, head, head);
    }

    /**
     * Where the clause starts after the comma that ends the poll's phrase: after a participle set
     * off by commas, which belongs to the phrase ("In the May poll, conducted by phone, Lind led"),
     * else right after the comma.
     */
    private static int afterParticiple(AnnotatedText text, Sentence s, int comma) {
        if (text.pos(comma + 1).equals("VBN")) {
            for (int t = comma + 2; t < Math.min(s.endToken() - 1, comma + 2 + MAX_PHRASE); t++) {
                if (text.word(t).equals(",")) {
                    return t + 1;
                }
            }
        }
        return comma + 1;
    }

    /** Whether a poll noun stands in {@code head..comma}: an average is one "of polls", not "of the vote". */
    private static boolean mentionsPoll(AnnotatedText text, int head, int comma) {
        for (int t = head; t < comma; t++) {
            if (POLLS.contains(text.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
