package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-cases the words of a title-case sentence ("Minister Says Norland Moved Troops") that are
 * not names, judged by how the rest of the same document writes them, so that the tagger and parser
 * read a headline as a sentence: on title case they tag nearly every word a proper noun. Immutable
 * and thread-safe; it depends only on the document it was built from.
 *
 * <p>A sentence is title-cased when it has at least {@value #MIN_WORDS} words of two or more
 * letters that are not all capitals (acronyms such as "GOP" prove nothing), at least
 * {@value #MIN_CAPITALISED_PERCENT}% of them start upper-case, and the others are all short words
 * that title case leaves lower-case ("of", "the", "to"): a lower-case verb or noun marks an ordinary
 * sentence that is merely full of names ("U.N. Secretary-General Ingrid Halvorsen visited Chile"). In such a sentence a capitalised word
 * keeps its capital when the document writes it capitalised inside an ordinary sentence, or when it
 * is all capitals or has a capital inside ("McCain"); it is lower-cased when the document writes it
 * lower-case; a word the document uses nowhere else keeps its capital only if it is tagged as an
 * entity. An opening label before a colon ("Poll: …") keeps its case.
 */
final class HeadlineCase {

    static final int MIN_WORDS = 4;
    static final int MIN_CAPITALISED_PERCENT = 70;
    /** The short words title case leaves lower-case: articles, conjunctions, prepositions. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "yet", "so",
            "of", "in", "on", "at", "to", "by", "from", "with", "as", "up", "via", "vs", "per", "into", "onto", "upon",
            "off", "out", "over", "amid", "than", "like", "near");
    /** The most words of a headline's opening label ("Rush Limbaugh:"). */
    static final int MAX_LABEL_WORDS = 4;

    /** Words written capitalised after another word in an ordinary sentence of the document. */
    private final Set<String> capitalised;
    /** Words written lower-case in an ordinary sentence of the document. */
    private final Set<String> lowerCase;

    private HeadlineCase(Set<String> capitalised, Set<String> lowerCase) {
        this.capitalised = capitalised;
        this.lowerCase = lowerCase;
    }

    /** The case evidence of a document, given the words of each of its sentences. */
    static HeadlineCase of(List<List<String>> sentences) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (List<String> words : sentences) {
            if (titleCased(words)) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                if (Character.isLowerCase(w.charAt(0))) {
                    lowerCase.add(w);
                } else if (i > 0 && afterWord(words.get(i - 1))) {
                    capitalised.add(w);
                }
            }
        }
        return new HeadlineCase(capitalised, lowerCase);
    }

    /** Whether a capital here says something: after a word or comma, not at a sentence's or quotation's start. */
    private static boolean afterWord(String previous) {
        return !previous.isEmpty() && (Character.isLetterOrDigit(previous.charAt(0)) || previous.equals(","));
    }

    /** Whether most words of the sentence start upper-case (see the class comment). */
    static boolean titleCased(List<String> words) {
        int counted = 0;
        int upper = 0;
        for (String w : words) {
            if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || allCapitals(w)) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.charAt(0))) {
                upper++;
            } else if (!MINOR_WORDS.contains(w)) {
                return false; // "visited": an ordinary sentence full of names, not a headline
            }
        }
        return counted >= MIN_WORDS && upper * 100 >= counted * MIN_CAPITALISED_PERCENT;
    }

    /**
     * The words of a title-cased sentence with its common words lower-cased, or the same list when
     * nothing changes; {@code entities} holds each word's entity tag ("O" for none).
     */
    List<String> truecased(List<String> words, List<String> entities) {
        List<String> out = new ArrayList<>(words.size());
        boolean changed = false;
        int label = labelEnd(words);
        out.addAll(words.subList(0, label));
        for (int i = label; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean name = capitalised.contains(w) || !lowerCase.contains(lower) && !"O".equals(entities.get(i));
            boolean lowered = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !allCapitals(w) && !innerCapital(w) && !name;
            out.add(lowered ? lower : w);
            changed |= lowered;
        }
        return changed ? out : words;
    }

    /**
     * Where the words after a headline's opening label start ("Poll: …", "Rush Limbaugh: …"): just
     * after a colon among its first {@value #MAX_LABEL_WORDS} words, else 0. A label names the
     * speaker or the topic, and keeps its case.
     */
    static int labelEnd(List<String> words) {
        for (int i = 1; i <= MAX_LABEL_WORDS && i < words.size(); i++) {
            if (words.get(i).equals(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "GOP", "U.S.": two or more letters, all of them capitals. */
    static boolean allCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** "McCain", "DeSantis": a capital after the first letter, other than one opening a hyphenated part ("Long-Time"). */
    private static boolean innerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && w.charAt(i - 1) != '-') {
                return true;
            }
        }
        return false;
    }
}
