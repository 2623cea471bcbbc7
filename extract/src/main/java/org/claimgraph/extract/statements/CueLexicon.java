package org.claimgraph.extract.statements;

import org.claimgraph.extract.DataFile;
import org.claimgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reporting cues of {@code cues.tsv}: which lemmas report speech or thought, and with what stance.
 * Immutable and thread-safe; load once with {@link #load()}.
 */
public final class CueLexicon {

    private final Map<String, CueEntry> single;
    private final Map<String, List<CueEntry>> multiByFirst;

    private CueLexicon(List<CueEntry> cues) {
        this.single = cues.stream().filter(c -> c.lemmas().size() == 1)
                .collect(Collectors.toUnmodifiableMap(CueEntry::lemma, c -> c));
        Map<String, List<CueEntry>> multi = new HashMap<>();
        cues.stream().filter(c -> c.lemmas().size() > 1)
                .forEach(c -> multi.computeIfAbsent(c.lemmas().get(0), k -> new java.util.ArrayList<>()).add(c));
        this.multiByFirst = Map.copyOf(multi);
    }

    public static CueLexicon load() {
        return from(DataFile.read(CueLexicon.class, "cues.tsv", 4, 5));
    }

    /** The cues of these rows of a cue lexicon, checked as {@link #load()} checks the shipped one. */
    static CueLexicon from(List<DataFile.Row> rows) {
        List<CueEntry> cues = new java.util.ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (DataFile.Row row : rows) {
            List<String> lemmas = List.of(row.column(0).split(" +"));
            CueStance stance;
            try {
                stance = CueStance.valueOf(row.column(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown stance \"" + row.column(1) + "\" (expected one of "
                        + List.of(CueStance.values()) + ")");
            }
            boolean hedged = switch (row.column(2)) {
                case "FIRM" -> false;
                case "HEDGED" -> true;
                default -> throw row.error("unknown certainty \"" + row.column(2) + "\" (expected FIRM or HEDGED)");
            };
            CueContent content;
            try {
                content = CueContent.valueOf(row.column(3));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown content \"" + row.column(3) + "\" (expected one of "
                        + List.of(CueContent.values()) + ")");
            }
            if (content == CueContent.NOUN_OBJECT && lemmas.size() < 2) {
                throw row.error("NOUN_OBJECT cue \"" + row.column(0) + "\" needs its preposition (\"criticism of\")");
            }
            // a noun's entry may share its lemma with a verb's: "call for" an inquiry, "calls for" one
            if (!seen.add(row.column(0) + (content == CueContent.NOUN_OBJECT ? " (noun)" : ""))) {
                throw row.error("cue \"" + row.column(0) + "\" is listed twice");
            }
            cues.add(new CueEntry(lemmas, stance, hedged, content, traits(row)));
        }
        return new CueLexicon(cues);
    }

    /** The traits in a row's optional fifth column, separated by commas: "TAKES_SIDE,GIVEN_AS_INFINITIVE". */
    private static Set<CueTrait> traits(DataFile.Row row) {
        Set<CueTrait> traits = EnumSet.noneOf(CueTrait.class);
        for (String name : row.optional(4).split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                traits.add(CueTrait.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown trait \"" + name.strip() + "\" (expected some of " + List.of(CueTrait.values()) + ")");
            }
        }
        return traits;
    }

    /** The one-word cue with this lemma. */
    public Optional<CueEntry> find(String lemma) {
        return Optional.ofNullable(single.get(lemma));
    }

    /**
     * Whether a verb with this lemma reports a clause when it has one: a one-word cue whose content,
     * when the parse gives it no clause, is nowhere else, its object or its infinitive ("said the
     * plan works", "noted the delay has cost", "expects the vote will pass"), not a verb whose
     * object is its target ("attacked", "called").
     */
    public boolean reportsClause(String lemma) {
        CueEntry cue = single.get(lemma);
        return cue != null && switch (cue.content()) {
            case CLAUSE, NOUN, INTENT -> true;
            default -> false;
        };
    }

    /**
     * The longest cue whose lemmas start at {@code from} in {@code lemmas}, multi-word cues first.
     */
    public Optional<CueEntry> findAt(List<String> lemmas, int from) {
        return findMultiAt(lemmas, from, true, true).or(() -> find(lemmas.get(from)));
    }

    /** Whether a verb's cue of one word or more starts at token {@code t}: "said", "brushed aside", "took issue with". */
    boolean verbCueAt(AnnotatedText text, int t) {
        List<String> lemmas = new ArrayList<>();
        for (int i = t; i < text.sentenceOf(t).endToken(); i++) {
            lemmas.add(text.lemma(i));
        }
        return findAt(lemmas, 0, false).isPresent();
    }

    /**
     * The cue that starts at {@code from}, read as a word of this kind: a noun reads the
     * {@link CueContent#NOUN_OBJECT} entries ("criticism of"), any other word the rest ("shrug
     * off"; "questioned about a dozen" is "question", not "question about"); then the one-word cue.
     */
    public Optional<CueEntry> findAt(List<String> lemmas, int from, boolean noun) {
        return findMultiAt(lemmas, from, noun, !noun).or(() -> find(lemmas.get(from)));
    }

    private Optional<CueEntry> findMultiAt(List<String> lemmas, int from, boolean nominal, boolean other) {
        for (CueEntry cue : multiByFirst.getOrDefault(lemmas.get(from), List.of())) {
            int n = cue.lemmas().size();
            boolean wanted = cue.content() == CueContent.NOUN_OBJECT ? nominal : other;
            if (wanted && from + n <= lemmas.size() && lemmas.subList(from, from + n).equals(cue.lemmas())) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a cue the statement finder can read starts in this sentence: a verb (tag VB…) or an
     * adjective after "be" ("is critical of", "was confident that"), a noun followed by "that"
     * ("claims that …"), an adverb ("reportedly") or a multi-word cue ("according to", "criticism
     * of"). The cascade's test for running the parser: nouns such as "state", "report" or "claims"
     * alone do not make a sentence worth parsing.
     */
    public boolean anyVerbCueIn(List<String> lemmas, List<String> tags) {
        for (int i = 0; i < lemmas.size(); i++) {
            boolean noun = tags.get(i).startsWith("NN");
            Optional<CueEntry> cue = findAt(lemmas, i, noun);
            if (cue.isEmpty()) {
                continue;
            }
            boolean nominal = noun && i + 1 < lemmas.size() && lemmas.get(i + 1).equals("that");
            boolean verbal = tags.get(i).startsWith("VB") || tags.get(i).startsWith("JJ") && afterBe(lemmas, i);
            if (verbal || nominal || isAdverb(lemmas.get(i), tags.get(i)) || cue.get().lemmas().size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue's word is read as an adverb ("reportedly"): tagged one and ending in "-ly", since
     * verb cues such as "back" and "doubt" are tagged adverbs in "came back", "no doubt".
     */
    static boolean isAdverb(String lemma, String tag) {
        return tag.startsWith("RB") && lemma.endsWith("ly");
    }

    /** Whether a form of "be" comes at most three words before word {@code i}: "has been very critical of". */
    private static boolean afterBe(List<String> lemmas, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (lemmas.get(j).equals("be")) {
                return true;
            }
        }
        return false;
    }
}
