package org.claimgraph.extract.statements;

import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.model.Cue;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds statements: a reporting cue from the {@link CueLexicon} on a parsed sentence, the clause it
 * reports and the speaker who reports it. The forms it reads:
 * <ul>
 *   <li>"X said (that) …": the cue's clausal complement;</li>
 *   <li>"…, X said" and "“…,” he added": the cue hangs on the content as a parenthetical;</li>
 *   <li>"X accused Y of …", "X described Y as …": object plus its complement;</li>
 *   <li>"according to X, …" and "…, according to X";</li>
 *   <li>"…, saying …" and "X described … and said …": the speaker is the subject of the governing
 *       or first conjoined verb.</li>
 * </ul>
 * A content that touches a quotation grows to hold all of it, so multi-sentence quotes stay whole.
 * A statement whose cue lies inside another's content is nested in it ({@code parent}).
 * Thread-safe.
 */
public final class StatementFinder {

    private static final Set<String> SUBJECT_FROM_HEAD = Set.of("conj", "advcl", "xcomp", "dep");
    /** Dependents of the cue after its clause that continue the content (a parser often splits it there). */
    private static final Set<String> CONTINUATIONS = Set.of("advcl", "dep", "xcomp");
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "``", "''");
    /** The cue of a statement signed with a dash or a speaker label. */
    private static final CueEntry SIGNED = new CueEntry(List.of("say"), CueStance.ASSERT, false, CueContent.CLAUSE);
    /** How far after its cue's clause a split quotation may reopen, in characters. */
    private static final int MAX_SPLIT_GAP = 80;
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags that open an adverbial rather than a clause: "At a rally", "Giving a speech", "When …". */
    private static final Set<String> INTRODUCERS = Set.of("IN", "TO", "VBG", "VBN", "WRB");
    private static final Set<String> RELATIVE_TAGS = Set.of("WP", "WDT");

    private final CueLexicon cues;

    public StatementFinder(CueLexicon cues) {
        this.cues = cues;
    }

    /** A statement while the document is read: token ranges are inclusive. */
    /**
     * A statement while the document is read; token ranges are inclusive. {@code sourceHead} heads
     * the source phrase the text gives ("who", "A spokeswoman for the campaign"); {@code speakerHead}
     * is the token that names the speaker (the antecedent of "who"); -1 when there is no source.
     */
    private record Found(int cueFirst, int cueLast, CueEntry cue, int contentFirst, int contentLast,
                         int sourceFirst, int sourceLast, int sourceHead, int speakerHead) {
    }

    public List<Statement> find(AnnotatedText text, DocumentActors actors, List<TimeRef> times) {
        Quotations quotes = Quotations.in(text.text());
        List<Found> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.parsed()) {
                findIn(text, quotes, sentence, found);
            }
        }
        findLabelled(text, quotes, found);
        found.sort(Comparator.comparingInt(Found::cueFirst));

        List<String> speakers = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Found f : found) {
            Mention speaker = speaker(text, actors, f, speakers);
            if (speaker != null) {
                speakers.add(speaker.actor());
            }
            ContentChars content = contentChars(text, quotes, f);
            Span contentSpan = Span.of(text.text(), content.start(), content.end());
            Span cueSpan = Span.of(text.text(), text.begin(f.cueFirst()), text.end(f.cueLast()));
            statements.add(new Statement("s" + (statements.size() + 1), speaker, new Cue(cueSpan, f.cue().lemma()),
                    contentSpan, form(quotes, content), time(text, times, f),
                    confidence(text, f, speaker), null));
        }
        return nest(statements);
    }

    /**
     * Statements marked by punctuation rather than a verb, found on tokens alone: a quotation signed
     * with a dash ("“…” ― Sonya Herridge") and a speaker label opening a paragraph ("WALLACE: Let's
     * start …"). The dash or colon is the cue.
     */
    private static void findLabelled(AnnotatedText text, Quotations quotes, List<Found> found) {
        String t = text.text();
        for (int q = 0; q < quotes.size(); q++) {
            int dash = text.tokenAt(quotes.end(q));
            if (dash < 0 || !onlySeparators(t, quotes.end(q), text.begin(dash)) || !DASHES.contains(text.word(dash))) {
                continue;
            }
            int last = nameEnd(text, dash + 1);
            if (last > dash) {
                int from = text.tokenAt(quotes.start(q));
                found.add(new Found(dash, dash, SIGNED, from, text.tokenAt(quotes.end(q) - 1), dash + 1, last, last, last));
            }
        }
        for (Sentence s : text.sentences()) {
            int first = s.firstToken();
            if (QUOTE_MARKS.contains(text.word(first)) && first + 1 < s.endToken()) {
                first++; // "PENCE: Well, look …" in a transcript quoted whole
            }
            boolean paragraphStart = startsParagraph(t, text.begin(first))
                    || first > s.firstToken() && QUOTE_MARKS.contains(text.word(first - 1))
                    && startsParagraph(t, text.begin(first - 1));
            int last = nameEnd(text, first);
            int colon = last + 1;
            if (paragraphStart && last >= first && colon < s.endToken() - 2 && text.word(colon).equals(":")
                    && last - first < 4) {
                int[] content = trimmed(text, new int[] {colon + 1, s.endToken() - 1});
                if (content != null) {
                    found.add(new Found(colon, colon, SIGNED, content[0], content[1], first, last, last, last));
                }
            }
        }
    }

    /** "WALLACE": the tagger does not always take a capitalised label for a proper noun. */
    private static boolean capitals(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether only spaces stand between the start of a line and character {@code at}. */
    private static boolean startsParagraph(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Last token of a run of proper nouns starting at {@code t} ("Sonya Herridge", "WALLACE"); t - 1 if none. */
    private static int nameEnd(AnnotatedText text, int t) {
        int last = t - 1;
        while (last + 1 < text.tokenCount() && (text.pos(last + 1).startsWith("NNP") || capitals(text.word(last + 1)))
                && text.sentenceOf(last + 1).index() == text.sentenceOf(t).index()) {
            last++;
        }
        return last;
    }

    private void findIn(AnnotatedText text, Quotations quotes, Sentence sentence, List<Found> found) {
        List<String> lemmas = new ArrayList<>(sentence.size());
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            lemmas.add(text.lemma(t));
        }
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Optional<CueEntry> cue = cues.findAt(lemmas, t - sentence.firstToken());
            if (cue.isEmpty() || quotes.containing(text.begin(t), text.end(t)) >= 0) {
                continue; // a cue inside a quotation is the quoted speaker's own words ("I think …")
            }
            if (cue.get().lemma().equals("accord to")) {
                according(text, t, cue.get()).ifPresent(found::add);
            } else if (text.pos(t).startsWith("VB")) {
                verbCue(text, quotes, t, cue.get()).ifPresent(found::add);
            } else if (text.pos(t).startsWith("NN")) {
                nominalCue(text, t, cue.get()).ifPresent(found::add);
            }
        }
    }

    private Optional<Found> verbCue(AnnotatedText text, Quotations quotes, int v, CueEntry cue) {
        int cueFirst = v;
        while (cueFirst - 1 >= 0 && text.head(cueFirst - 1) == v && isCueModifier(text, cueFirst - 1)) {
            cueFirst--;
        }
        int cueLast = v + cue.lemmas().size() - 1;
        if (cueLast + 1 < text.sentenceOf(v).endToken() && text.word(cueLast + 1).equals(":")) {
            cueLast++; // "said:" — the colon is part of the cue
        }
        int source = subject(text, v, 3);
        if (participleAfterComma(text, v) && rootSubject(text, v) >= 0) {
            // "X brushed aside claims that Y did Z, saying …": the participle belongs to the main clause
            source = rootSubject(text, v);
        }
        int[] content;
        int agent = passiveAgent(text, v);
        if (agent >= 0 && text.child(v, "ccomp") < 0) {
            // "X has been endorsed by Y": Y is the source, X what is said about
            int subject = text.child(v, "nsubj:pass");
            content = new int[] {text.subtreeFirst(subject), text.subtreeLast(subject)};
            source = agent;
            cueLast = text.child(agent, "case"); // "endorsed by"
        } else {
            content = content(text, v, cue);
        }
        if (content == null) {
            content = adjacentQuotation(text, quotes, cueFirst, cueLast, source);
        }
        int clauseStart = source >= 0 && source < cueFirst ? text.subtreeFirst(source) : cueFirst;
        int[] beforeComma = clauseBeforeComma(text, clauseStart);
        if (content == null || beforeComma != null && content[1] < cueFirst && beforeComma[0] < content[0]
                && beforeComma[1] >= content[1]) {
            // "…, a source said": the whole clause before the comma, however the parser split it
            content = beforeComma;
        }
        if (content == null) {
            return Optional.empty();
        }
        if (source >= 0 && source >= content[0] && source <= content[1]) {
            source = -1;
        }
        int speakerHead = source;
        if (source >= 0 && RELATIVE_TAGS.contains(text.pos(source)) && "acl:relcl".equals(text.relation(v))) {
            speakerHead = text.head(v); // "Kirby, who said …": the span is "who", the speaker Kirby
        }
        int[] span = source < 0 ? new int[] {-1, -1} : sourceSpan(text, quotes, source, cueFirst, cueLast, content);
        return Optional.of(new Found(cueFirst, cueLast, cue, content[0], content[1], span[0], span[1], source,
                speakerHead));
    }

    /**
     * A noun that reports what someone says, with its clause: "Icelandic claims that …", "Kyiv's
     * allegation that …", "the accusation by Moscow that …". The owner of the noun is the source.
     */
    private Optional<Found> nominalCue(AnnotatedText text, int n, CueEntry cue) {
        if (n + 1 >= text.sentenceOf(n).endToken() || !text.word(n + 1).equalsIgnoreCase("that")) {
            return Optional.empty();
        }
        int clause = -1;
        for (int c : text.children(n)) {
            String rel = text.relation(c);
            if ((rel.equals("ccomp") || rel.equals("acl")) && text.subtreeFirst(c) == n + 1) {
                clause = c;
            }
        }
        if (clause < 0) {
            return Optional.empty(); // "the claims that were made": a relative clause, not what is claimed
        }
        int[] content = trimmed(text, cutAtParticipleCue(text, new int[] {n + 1, text.subtreeLast(clause)}));
        if (content == null) {
            return Optional.empty();
        }
        int owner = -1;
        for (int c : text.children(n)) {
            String rel = text.relation(c);
            int preposition = text.child(c, "case");
            boolean by = rel.startsWith("nmod") && !rel.equals("nmod:poss") && preposition >= 0
                    && Set.of("by", "from").contains(text.word(preposition).toLowerCase(java.util.Locale.ROOT));
            boolean named = rel.equals("compound") && text.pos(c).startsWith("NNP")
                    || rel.equals("amod") && Character.isUpperCase(text.word(c).charAt(0));
            if (owner < 0 && (rel.equals("nmod:poss") || named || by)) {
                owner = c;
            }
        }
        if (owner < 0) {
            return Optional.of(new Found(n, n, cue, content[0], content[1], -1, -1, -1, -1));
        }
        int first = text.subtreeFirst(owner);
        int ownerCase = text.child(owner, "case");
        if (ownerCase == first) {
            first++; // "by Moscow"
        }
        int last = Math.min(text.subtreeLast(owner), n - 1 > owner ? n - 1 : text.subtreeLast(owner));
        while (last > owner && isTrimmable(text, last) || POSSESSIVE_MARKS.contains(text.word(last))) {
            last--;
        }
        return Optional.of(new Found(n, n, cue, content[0], content[1], first, last, owner, owner));
    }

    /** The agent of a passive cue ("endorsed by dozens of papers"), without its "by"; -1 if none. */
    private static int passiveAgent(AnnotatedText text, int v) {
        if (text.child(v, "nsubj:pass") < 0) {
            return -1;
        }
        for (int c : text.children(v)) {
            if (c > v && text.relation(c).startsWith("obl")) {
                int by = text.child(c, "case");
                if (by >= 0 && text.word(by).equalsIgnoreCase("by")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The source phrase as the text gives it: the subject's whole subtree with its appositions
     * ("Kenneth Baer, a former official who runs a firm"), on its side of the cue, outside the
     * content and any quotation, without the commas at its ends.
     */
    private static int[] sourceSpan(AnnotatedText text, Quotations quotes, int head, int cueFirst, int cueLast,
                                    int[] content) {
        int first = text.subtreeFirst(head);
        int last = text.subtreeLast(head);
        if (head < cueFirst) {
            last = Math.min(last, cueFirst - 1);
        } else {
            first = Math.max(first, cueLast + 1);
        }
        if (content[1] < head) {
            first = Math.max(first, content[1] + 1);
        } else if (content[0] > head) {
            last = Math.min(last, content[0] - 1);
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (quotes.end(q) <= text.begin(head) && quotes.end(q) > text.begin(first)) {
                first = text.tokenAt(quotes.end(q));
            }
            if (quotes.start(q) >= text.end(head) && quotes.start(q) < text.end(last)) {
                last = text.tokenAt(quotes.start(q)) - 1;
            }
        }
        while (first < head && isTrimmable(text, first)) {
            first++;
        }
        while (last > head && isTrimmable(text, last)) {
            last--;
        }
        return new int[] {first, last};
    }

    private static boolean isCueModifier(AnnotatedText text, int t) {
        String rel = text.relation(t);
        return rel.startsWith("aux") || (rel.equals("advmod") && text.pos(t).startsWith("RB"))
                || (rel.equals("mark") && text.word(t).equals("to"));
    }

    /** The reported clause of the verb cue {@code v} as an inclusive token range, or null. */
    private int[] content(AnnotatedText text, int v, CueEntry cue) {
        int[] range = null;
        int ccomp = clausalComplement(text, v);
        boolean dismissal = cue.stance() == CueStance.DISMISS; // "shrugged off claims that …": the claims are not the speaker's
        if (ccomp >= 0 && !dismissal) {
            range = outside(text, v, text.subtreeFirst(ccomp), clauseEnd(text, v, ccomp), ccomp > v);
        } else if ("parataxis".equals(text.relation(v)) && text.head(v) >= 0 && !dismissal) {
            int h = text.head(v);
            range = h < v ? new int[] {text.subtreeFirst(h), text.subtreeFirst(v) - 1}
                    : new int[] {text.subtreeLast(v) + 1, text.subtreeLast(h)};
        } else if (text.child(v, "parataxis") > v && !dismissal) {
            int p = text.child(v, "parataxis");
            range = outside(text, v, text.subtreeFirst(p), text.subtreeLast(p), true);
        } else if (cue.content() == CueContent.CLAUSE && smallClause(text, v) != null) {
            range = smallClause(text, v);
        } else if (cue.content() != CueContent.CLAUSE && !infinitive(text, v)) {
            // an infinitive of purpose ("… to back the charge") reports nothing
            range = objectContent(text, v, cue.content());
        } else if ("csubj".equals(text.relation(v)) && text.head(v) > v) {
            // "He said the nation has become …": the parser read "said the nation" as a clausal subject
            range = new int[] {v + 1, text.subtreeLast(text.head(v))};
        } else if (participleAfterComma(text, v)) {
            // "…, saying Washington has failed": the parser often misreads what follows
            range = new int[] {v + 1, text.sentenceOf(v).endToken() - 1};
        }
        return range == null ? null : trimmed(text, cutAtParticipleCue(text, range));
    }

    /**
     * The cue's clausal complement: a ccomp; a finite verb the parser attached as xcomp or dep
     * ("images that it said showed …"); or a clause with its own subject and no subordinator
     * before the cue, which the parser took for an adverbial ("The talks had failed, the agency
     * reported"). -1 if none.
     */
    private static int clausalComplement(AnnotatedText text, int v) {
        int ccomp = text.child(v, "ccomp");
        if (ccomp >= 0) {
            return ccomp;
        }
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            if (c > v && (rel.equals("xcomp") || rel.equals("dep")) && FINITE_VERB_TAGS.contains(text.pos(c))) {
                return c;
            }
        }
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            boolean clause = text.child(c, "nsubj") >= 0 || text.child(c, "nsubj:pass") >= 0;
            int advmod = text.child(c, "advmod");
            boolean subordinate = text.child(c, "mark") >= 0 || (advmod >= 0 && text.pos(advmod).equals("WRB"));
            if (c < v && (rel.equals("advcl") || rel.equals("dep")) && clause && !subordinate) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The content a cue carries in its object or infinitive, by the lexicon's content column:
     * "accused X of Y", "attacked X", "wants to Y", "urged X to Y"; null when the parse has none.
     */
    private static int[] objectContent(AnnotatedText text, int v, CueContent kind) {
        int obj = text.child(v, "obj");
        int objFirst = obj < 0 ? -1 : text.subtreeFirst(obj);
        if (obj < 0 && kind == CueContent.OBJECT) {
            obj = text.child(v, "obl"); // "called for an inquiry", "pointed to the polls": without the preposition
            int preposition = obj < 0 ? -1 : text.child(obj, "case");
            objFirst = obj < 0 ? -1 : preposition == text.subtreeFirst(obj) ? preposition + 1 : text.subtreeFirst(obj);
        }
        int xcomp = text.child(v, "xcomp");
        switch (kind) {
            case COMPLEMENT: {
                int end = -1;
                for (int c : text.children(v)) {
                    String rel = text.relation(c);
                    if (obj > v && c > obj && (rel.equals("xcomp") || rel.startsWith("obl") || rel.equals("advcl"))) {
                        end = text.subtreeLast(c);
                    }
                }
                if (end > obj && obj > v) {
                    return new int[] {text.subtreeFirst(obj), end};
                }
                // the parser often folds the complement into the object: "called the charges
                // unsubstantiated", "called half of his supporters “deplorables”"
                return obj > v && holdsComplement(text, obj) ? new int[] {text.subtreeFirst(obj), text.subtreeLast(obj)} : null;
            }
            case OBJECT:
                return obj > v ? new int[] {objFirst, text.subtreeLast(obj)} : null;
            case INTENT:
                return xcomp > v && text.child(xcomp, "mark") >= 0
                        ? new int[] {text.subtreeFirst(xcomp), text.subtreeLast(xcomp)} : null;
            case APPEAL:
                if (xcomp > v) {
                    int first = obj > v && obj < xcomp ? text.subtreeFirst(obj) : text.subtreeFirst(xcomp);
                    return new int[] {first, text.subtreeLast(xcomp)};
                }
                return null;
            default:
                return null;
        }
    }

    private static boolean holdsComplement(AnnotatedText text, int obj) {
        for (int t = text.subtreeFirst(obj); t <= text.subtreeLast(obj); t++) {
            if ((t > obj && text.relation(t).equals("amod")) || text.word(t).equals("“") || text.word(t).equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation right before the cue and its speaker ("“…,” Ms. Moore said", "“…?” asked Graham")
     * or right after them ("He said: “…”"), for cues the parser left without a clause. Only commas,
     * colons, dashes and spaces may stand between them.
     */
    private static int[] adjacentQuotation(AnnotatedText text, Quotations quotes, int cueFirst, int cueLast,
                                           int source) {
        int first = cueFirst;
        int last = cueLast;
        if (source >= 0) {
            first = Math.min(first, text.subtreeFirst(source));
            last = Math.max(last, sourceEnd(text, source));
        }
        String t = text.text();
        for (int q = 0; q < quotes.size(); q++) {
            boolean before = quotes.end(q) <= text.begin(first) && onlySeparators(t, quotes.end(q), text.begin(first));
            boolean after = quotes.start(q) >= text.end(last) && onlySeparators(t, text.end(last), quotes.start(q));
            if (before || after) {
                int from = text.tokenAt(quotes.start(q));
                int to = text.tokenAt(quotes.end(q) - 1);
                return from >= 0 && to >= from ? new int[] {from, to} : null;
            }
        }
        return null;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",:;—–― \t".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The talks failed, Anders Dahl told reporters on Monday": when the parse gives nothing, the
     * words from the sentence start to the comma before the source and cue, if at least three.
     */
    private static int[] clauseBeforeComma(AnnotatedText text, int first) {
        int start = text.sentenceOf(first).firstToken();
        if (first - 1 <= start || !text.word(first - 1).equals(",")) {
            return null;
        }
        int[] range = trimmed(text, new int[] {start, first - 2});
        if (range == null || range[1] - range[0] < 2 || INTRODUCERS.contains(text.pos(range[0]))) {
            return null; // "At a rally in Ohio, Clinton said": an adverbial, not what was said
        }
        for (int t = range[0]; t <= range[1]; t++) {
            if (FINITE_VERB_TAGS.contains(text.pos(t)) || QUOTE_MARKS.contains(text.word(t))) {
                return range;
            }
        }
        return null; // a dateline or a heading: "FLINT, Mich., Oct. 4 (UPI)"
    }

    /**
     * "Sullivan says he's satisfied …", "He said Putin has been a leader …": the parser made the
     * reported clause a predicate (xcomp) of the cue, its subject the cue's object. Null if none.
     */
    private static int[] smallClause(AnnotatedText text, int v) {
        int xcomp = text.child(v, "xcomp");
        if (xcomp <= v || infinitive(text, xcomp)) {
            return null;
        }
        int obj = text.child(v, "obj");
        int first = text.child(xcomp, "nsubj") >= 0 || obj < 0 || obj > xcomp ? text.subtreeFirst(xcomp)
                : text.subtreeFirst(obj);
        return new int[] {first, text.subtreeLast(xcomp)};
    }

    private static boolean infinitive(AnnotatedText text, int v) {
        int mark = text.child(v, "mark");
        return mark >= 0 && text.word(mark).equalsIgnoreCase("to");
    }

    /** "…, saying …", "…, adding …" */
    private static boolean participleAfterComma(AnnotatedText text, int v) {
        return text.pos(v).equals("VBG") && v > 0 && text.word(v - 1).equals(",");
    }

    /**
     * The end of a clausal complement: its subtree, cut before a coordinated clause with its own
     * subject ("… was discussed but they didn't disclose …"), and grown over later dependents of the
     * cue that continue it when the parser attached them to the cue instead.
     */
    private int clauseEnd(AnnotatedText text, int v, int ccomp) {
        int last = text.subtreeLast(ccomp);
        for (int c : text.children(ccomp)) {
            if (text.relation(c).equals("conj") && text.child(c, "nsubj") >= 0 && text.child(c, "mark") < 0) {
                last = Math.min(last, text.subtreeFirst(c) - 1);
            }
        }
        if (ccomp > v) {
            for (int c : text.children(v)) {
                if (c > last && CONTINUATIONS.contains(text.relation(c)) && cues.find(text.lemma(c)).isEmpty()) {
                    last = text.subtreeLast(c);
                }
            }
        }
        return last;
    }

    /** A content never runs on into "…, saying …" of its own speaker's clause. */
    private int[] cutAtParticipleCue(AnnotatedText text, int[] range) {
        for (int t = range[0] + 1; t <= range[1]; t++) {
            if (participleAfterComma(text, t) && cues.find(text.lemma(t)).isPresent()) {
                return new int[] {range[0], t - 2};
            }
        }
        return range;
    }

    /** The part of {@code [first, last]} on one side of the cue, so that the cue never sits in its content. */
    private static int[] outside(AnnotatedText text, int v, int first, int last, boolean after) {
        return after ? new int[] {Math.max(first, v + 1), last} : new int[] {first, Math.min(last, v - 1)};
    }

    /** Drops punctuation (but not quotation marks) at both ends; null when fewer than two words remain. */
    private static int[] trimmed(AnnotatedText text, int[] range) {
        int first = range[0];
        int last = range[1];
        while (first <= last && isTrimmable(text, first)) {
            first++;
        }
        while (last >= first && isTrimmable(text, last)) {
            last--;
        }
        int words = 0;
        for (int t = first; t <= last; t++) {
            if (Character.isLetterOrDigit(text.word(t).charAt(0))) {
                words++;
            }
        }
        return words < 2 ? null : new int[] {first, last};
    }

    private static boolean isTrimmable(AnnotatedText text, int t) {
        String w = text.word(t);
        return (w.length() == 1 && ",.;:—–-".indexOf(w.charAt(0)) >= 0) || w.equals("and") || w.equals("but");
    }

    /** "According to X, …" or "…, according to X." */
    private static Optional<Found> according(AnnotatedText text, int t, CueEntry cue) {
        int x = text.head(t);
        if (x < 0 || !"case".equals(text.relation(t)) || text.head(x) < 0) {
            return Optional.empty();
        }
        int main = text.head(x);
        int phraseFirst = text.subtreeFirst(x);
        int phraseLast = text.subtreeLast(x);
        int[] range = phraseFirst <= text.subtreeFirst(main)
                ? new int[] {phraseLast + 1, text.subtreeLast(main)}
                : new int[] {text.subtreeFirst(main), phraseFirst - 1};
        int[] content = trimmed(text, range);
        if (content == null) {
            return Optional.empty();
        }
        // the whole phrase: "according to a statement from the foreign ministry" names the ministry
        // "according to a statement from the foreign ministry": the ministry speaks
        int speaker = x;
        for (int c : text.children(x)) {
            int preposition = text.child(c, "case");
            if (c > x && text.relation(c).startsWith("nmod") && preposition >= 0
                    && Set.of("from", "by").contains(text.word(preposition).toLowerCase(java.util.Locale.ROOT))) {
                speaker = c;
                break;
            }
        }
        return Optional.of(new Found(t, t + 1, cue, content[0], content[1], t + 2, text.subtreeLast(x), x, speaker));
    }

    /** The subject of {@code v}, or of the verb it hangs on ("…, saying …", "… and said …"). */
    private static int subject(AnnotatedText text, int v, int depth) {
        int s = text.child(v, "nsubj");
        if (s >= 0 || depth == 0) {
            return s;
        }
        int h = text.head(v);
        return h >= 0 && SUBJECT_FROM_HEAD.contains(text.relation(v)) ? subject(text, h, depth - 1) : -1;
    }

    /** The subject of the sentence's main verb, when that verb comes before {@code v}. */
    private static int rootSubject(AnnotatedText text, int v) {
        Sentence s = text.sentenceOf(v);
        for (int t = s.firstToken(); t < v; t++) {
            if (text.head(t) == AnnotatedText.ROOT) {
                return text.child(t, "nsubj");
            }
        }
        return -1;
    }

    /** The source phrase ends at its head or its name parts, never in an apposition or relative clause. */
    private static int sourceEnd(AnnotatedText text, int head) {
        int end = head;
        for (int c : text.children(head)) {
            String rel = text.relation(c);
            if (c > end && (rel.equals("flat") || rel.equals("compound") || rel.equals("fixed"))) {
                end = text.subtreeLast(c);
            }
        }
        return end;
    }

    /**
     * The speaker: a pronoun resolved by salience, else the actor mentioned at the phrase's head,
     * else the actor named just before the cue when the parser chose a wrong subject ("…, a trip
     * that included meeting with Mr. Putin, Russian and North Korean officials said"), else an
     * anonymous actor named by the head's noun phrase ("officials", "a spokeswoman").
     */
    private static Mention speaker(AnnotatedText text, DocumentActors actors, Found f, List<String> speakers) {
        if (f.sourceHead() < 0) {
            return null;
        }
        int head = f.speakerHead();
        int first = f.sourceFirst();
        int last = f.sourceLast();
        Optional<String> actor;
        if (PRONOUN_TAGS.contains(text.pos(head))) {
            actor = actors.resolvePronoun(head, speakers);
            if (actor.isEmpty()) {
                return null;
            }
        } else {
            actor = actors.actorAt(head);
        }
        if (actor.isEmpty() && head < f.cueFirst()) {
            Optional<DocumentActors.TokenMention> adjacent = actors.mentionEndingAt(f.cueFirst() - 1);
            if (adjacent.isPresent()) {
                actor = Optional.of(adjacent.get().actor());
                first = adjacent.get().first();
                last = adjacent.get().end() - 1;
            }
        }
        String id = actor.orElseGet(() -> actors.anonymous(nounPhraseStart(text, head), sourceEnd(text, head), head));
        return new Mention(id, Span.of(text.text(), text.begin(first), text.end(last)));
    }

    /** First token of the head's noun phrase before it: determiners, modifiers, possessors. */
    private static int nounPhraseStart(AnnotatedText text, int head) {
        int first = head;
        for (int c : text.children(head)) {
            if (c < head && !text.relation(c).equals("punct") && !text.relation(c).equals("case")) {
                first = Math.min(first, text.subtreeFirst(c));
            }
        }
        return first;
    }

    /** The content's characters, and whether it is a quotation split by its cue ("“A,” she said. “B.”"). */
    private record ContentChars(int start, int end, boolean split) {
    }

    /**
     * Character range of the content, grown to hold every quotation it touches without taking in
     * the cue; a quotation before the cue that reopens right after the cue's clause, in the same
     * paragraph, runs on through the reopened part ("“A,” she said, clapping. “B.”").
     */
    private ContentChars contentChars(AnnotatedText text, Quotations quotes, Found f) {
        int start = text.begin(f.contentFirst());
        int end = text.end(f.contentLast());
        int cueStart = text.begin(f.cueFirst());
        int cueEnd = text.end(f.cueLast());
        for (int q = 0; q < quotes.size(); q++) {
            if (quotes.start(q) < end && start < quotes.end(q)) {
                int s = Math.min(start, quotes.start(q));
                int e = Math.max(end, quotes.end(q));
                if (!(s < cueEnd && cueStart < e)) {
                    start = s;
                    end = e;
                }
            }
        }
        int q = quotes.overlapping(end - 1, end);
        if (end > cueStart || q < 0 || quotes.end(q) != end) {
            return new ContentChars(start, end, false);
        }
        int after = Math.max(cueEnd, f.sourceHead() > f.cueLast() ? text.end(f.sourceLast()) : cueEnd);
        int next = quotes.overlapping(after, text.text().length());
        if (next < 0 || !continuesQuotation(text, after, quotes.start(next))) {
            return new ContentChars(start, end, false);
        }
        end = quotes.end(next);
        for (int n = next + 1; n < quotes.size() && text.text().substring(end, quotes.start(n)).isBlank()
                && text.text().substring(end, quotes.start(n)).indexOf('\n') < 0; n++) {
            end = quotes.end(n);
        }
        return new ContentChars(start, end, true);
    }

    /**
     * Whether the words between a cue's clause and the next quotation let the quotation run on:
     * a short gap in the same paragraph, ending in punctuation, with no other reporting verb
     * ("said, clapping." yes; ", adding later," or ", but Kevin was drifting off, and" no).
     */
    private boolean continuesQuotation(AnnotatedText text, int from, int to) {
        String gap = text.text().substring(from, to);
        if (to - from > MAX_SPLIT_GAP || gap.indexOf('\n') >= 0 || !gap.strip().isEmpty()
                && ".,:;".indexOf(gap.strip().charAt(gap.strip().length() - 1)) < 0) {
            return false;
        }
        for (int t = text.tokenAt(from); t >= 0 && t < text.tokenCount() && text.begin(t) < to; t++) {
            if (text.pos(t).startsWith("VB") && cues.find(text.lemma(t)).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static StatementForm form(Quotations quotes, ContentChars content) {
        if (!quotes.anyIn(content.start(), content.end())) {
            return StatementForm.INDIRECT;
        }
        int q = quotes.containing(content.start(), content.end());
        boolean quoted = content.split() || (q >= 0 && quotes.start(q) == content.start());
        return quoted ? StatementForm.DIRECT : StatementForm.MIXED;
    }

    /** The value of a time expression attached to the cue, outside the content: "said last week". */
    private static String time(AnnotatedText text, List<TimeRef> times, Found f) {
        int v = f.cueLast();
        int first = text.subtreeFirst(v);
        int last = text.subtreeLast(v);
        for (TimeRef t : times) {
            int tok = text.tokenAt(t.span().start());
            boolean inClause = tok >= first && tok <= last;
            boolean inContent = tok >= f.contentFirst() && tok <= f.contentLast();
            if (inClause && !inContent && t.value() != null) {
                return t.value();
            }
        }
        return null;
    }

    private static double confidence(AnnotatedText text, Found f, Mention speaker) {
        if (speaker == null) {
            return 0.4;
        }
        return PRONOUN_TAGS.contains(text.pos(f.sourceHead())) ? 0.75 : 0.9;
    }

    /** Sets each statement's parent: the statement with the smallest content holding its cue. */
    private static List<Statement> nest(List<Statement> statements) {
        List<Statement> nested = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Statement parent = null;
            for (Statement p : statements) {
                if (p != s && p.content().contains(s.cue().span()) && p.content().contains(s.content())
                        && (parent == null || parent.content().length() > p.content().length())) {
                    parent = p;
                }
            }
            nested.add(parent == null ? s : new Statement(s.id(), s.speaker(), s.cue(), s.content(), s.form(),
                    s.time(), s.confidence(), parent.id()));
        }
        return nested;
    }
}
