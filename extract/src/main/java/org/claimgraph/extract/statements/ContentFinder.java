package org.claimgraph.extract.statements;

import org.claimgraph.model.StatementForm;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a cue's content is: its clausal complement, a parenthetical's host clause, an object or
 * infinitive by the lexicon's content column, a quotation beside it, or the clause before a comma;
 * then the content's characters, grown over the quotations it touches. Thread-safe.
 */
final class ContentFinder {

    /** Dependents of the cue after its clause that continue the content (a parser often splits it there). */
    private static final Set<String> CONTINUATIONS = Set.of("advcl", "dep", "xcomp");
    /**
     * Prepositions of a predicate, reason or rival the parser hangs on the cue after its object
     * ("attacked X as Y", "defended X against Y", "favored X over Y").
     */
    private static final Set<String> OBJECT_PREDICATES = Set.of("as", "for", "over", "against");
    static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags that open an adverbial rather than a clause: "At a rally", "Giving a speech", "When …". */
    private static final Set<String> INTRODUCERS = Set.of("IN", "TO", "VBG", "VBN", "WRB");
    /** How many words may follow a parenthetical cue before its closing comma ("he said in an interview,"). */
    private static final int MAX_PARENTHETICAL_TAIL = 6;
    /** Words that open an indirect question wherever they stand: "explained why …", "asked whether …". */
    private static final Set<String> ALWAYS_QUESTIONS = Set.of("whether", "why", "how", "what");
    /** Words that open an indirect question only after a negated or doubting cue: "hasn't said when …". */
    private static final Set<String> DOUBT_QUESTIONS = Set.of("if", "when", "where");
    /** Dependents of a cue after its object that belong to the object's small clause (see predicateEnd). */
    private static final Set<String> SMALL_CLAUSE_PARTS = Set.of("advmod", "obl", "xcomp", "dep");
    /** Cues that raise their clause's subject and name no source: "seems to", "appears to". */
    private static final Set<String> RAISING_VERBS = Set.of("seem", "appear");
    /** Cues of blame whose passive names no accuser: "was accused of", "has been criticized for", "was charged with". */
    private static final Set<String> ALLEGING_PASSIVES = Set.of("accuse", "charge", "criticize", "criticise", "challenge",
            "blame", "lambaste", "lambast", "slam", "fault", "condemn", "denounce", "suspect");
    /** What introduces the charge after an accusation in the passive: "accused of", "criticized for", "charged with". */
    private static final Set<String> ALLEGED_PREPOSITIONS = Set.of("of", "for", "with", "over");
    private static final Set<String> AS = Set.of("as");
    /** "is known as a hawk", "is best known for her vetoes": PolNeAR marks 19 of the 23 in train. */
    private static final Set<String> AS_FOR = Set.of("as", "for");
    /** Cues whose passive names no source: "is expected to", "was said to", "is viewed as". */
    private static final Set<String> EVIDENTIAL_PASSIVES = Set.of("expect", "consider", "say", "believe", "know", "see",
            "report", "think", "view", "deem", "project", "rumor", "rumour", "estimate", "predict", "describe", "declare",
            "portray", "regard", "dub", "label", "brand", "bill", "hail", "tout", "rate", "ask");

    private final CueLexicon cues;

    ContentFinder(CueLexicon cues) {
        this.cues = cues;
    }

    /** The reported clause of the verb cue {@code v} as an inclusive token range, or null. */
    int[] content(AnnotatedText text, int v, CueEntry cue) {
        int[] range = relativeAroundCue(text, v);
        if (range == null) {
            range = openingQuestion(text, v, cue);
        }
        if (range != null) {
            return trimmed(text, range);
        }
        int ccomp = clausalComplement(text, v);
        if (ccomp < 0 && cue.content() == CueContent.CLAUSE) {
            ccomp = clauseUnderObject(text, v); // a cue with an object content ("noted the fact that …") reports the object
        }
        if (ccomp < 0) {
            ccomp = indirectQuestion(text, v, cue);
        }
        if (ccomp > v && speakerAfterQuotation(text, v, ccomp)) {
            ccomp = -1;
        }
        int[] proForm = ccomp < 0 && cue.content() == CueContent.CLAUSE ? proForm(text, v + cue.lemmas().size()) : null;
        if (proForm != null) {
            return proForm; // "said so", "said as much", "said the same of Dahl": PolNeAR's content is the stand-in
        }
        boolean dismissal = cue.stance() == CueStance.DISMISS; // "shrugged off claims that …": the claims are not the speaker's
        if (text.head(v) > v && (ccomp < 0 || subjectClauseWithSubject(text, v))
                && ("csubj".equals(text.relation(v)) && !predicateNext(text, v) || ccomp < 0 && clauseReadAsHost(text, v))) {
            // "He said the nation has become …", "polls showed Lind was the winner", "knows there are
            // voters who …": the parser read the cue and the start of its clause as that clause's
            // subject; "while the mayor has said he opposes the cuts, …": as an adverbial of it
            range = new int[] {v + 1, text.subtreeLast(text.head(v))};
        } else if (existentialAfter(text, v)) {
            // "says there needs to be a law": the parser hangs "there" and the rest on the cue
            range = new int[] {v + 1, text.subtreeLast(v)};
        } else if (ccomp >= 0 && !dismissal) {
            range = outside(text, v, clauseStart(text, v, ccomp), clauseEnd(text, v, ccomp), ccomp > v);
        } else if ("parataxis".equals(text.relation(v)) && text.head(v) >= 0 && !dismissal && !ownObject(text, v, cue)
                && (text.head(v) > v || setOff(text, text.subtreeFirst(v) - 1)
                    && holdsVerb(text, text.subtreeFirst(text.head(v)), text.subtreeFirst(v) - 1)
                    && !subjectlessGerund(text, text.head(v)) && !reports(text, text.head(v)))) {
            // a host before the cue without a verb is no content: in "Pat Caddell: Voters Worried About …" it is a
            // label; nor is a participle without a subject: "Lamenting their luck, Swedes say …" is an adjunct;
            // nor a reporting clause: in "Lind said A; they learned B" the host is a statement of its own; nor
            // one that runs on into the cue's clause: "by the time Lind said that", "We were here before: X declared"
            int h = text.head(v);
            range = h < v ? new int[] {text.subtreeFirst(h), text.subtreeFirst(v) - 1}
                    : new int[] {text.subtreeLast(v) + 1, text.subtreeLast(h)};
        } else if (text.child(v, "parataxis") > v && !dismissal && !ownObject(text, v, cue)
                && !coordinated(text, text.child(v, "parataxis"))
                && !relativeAfterComma(text, text.subtreeFirst(text.child(v, "parataxis")))
                && !subjectlessGerund(text, v)) {
            int p = text.child(v, "parataxis");
            range = outside(text, v, text.subtreeFirst(p), text.subtreeLast(p), true);
        } else if (cue.content() == CueContent.CLAUSE && relativeClauseReported(text, v) != null) {
            range = relativeClauseReported(text, v);
        } else if (cue.content() == CueContent.CLAUSE && smallClause(text, v) != null) {
            range = smallClause(text, v);
        } else if (cue.content() == CueContent.CLAUSE && clauseReadAsObject(text, v) != null) {
            range = clauseReadAsObject(text, v);
        } else if (cue.content() == CueContent.CLAUSE && appealAfterObject(text, v) != null) {
            range = appealAfterObject(text, v);
        } else if (cue.content() == CueContent.CLAUSE && misreadClauseObject(text, v) != null) {
            range = misreadClauseObject(text, v);
        } else if (cue.content() != CueContent.CLAUSE) {
            range = objectContent(text, v, cue);
            if (range == null && cue.content() != CueContent.COMPLEMENT) {
                return relativeObject(text, v); // "the tax, which Dahl favors": PolNeAR's content is the pronoun
            }
            int[] name = range == null ? null : singleName(text, range);
            if (name != null) {
                return name; // "endorses Clinton", "attacked Machado": PolNeAR's content is the name alone
            }
            if (range != null && range[0] == range[1] && loneObjectReported(text, range[0], cue)) {
                return range; // "endorsed her", "Israel disputes this"
            }
        } else if (participleAfterComma(text, v)) {
            // "…, saying Washington has failed": the parser often misreads what follows
            range = new int[] {v + 1, text.sentenceOf(v).endToken() - 1};
        } else if (participleAfterBy(text, v) && holdsClause(text, v + 1, text.sentenceOf(v).endToken() - 1)) {
            // "… by saying he would run" (but not "by writing two novels")
            range = new int[] {v + 1, text.sentenceOf(v).endToken() - 1};
        }
        if (range == null) {
            return null;
        }
        if (cue.content() == CueContent.CLAUSE && range[0] > v && quotationBeforeSpeaker(text, v)
                && !text.word(range[0]).equalsIgnoreCase("that") && !Quotations.MARKS.contains(text.word(range[0]))) {
            return null; // "“…,” Clinton told Fox in the interview, taped Saturday": the quotation is the content
        }
        int cueLast = v + cue.lemmas().size() - 1;
        if (range[0] > v && range[0] <= cueLast && range[1] > cueLast) {
            range = new int[] {cueLast + 1, range[1]}; // "made it clear that …": the parser's clause holds "it clear"
        }
        range = beforeMainClause(text, v, intoCoordinatedPredicate(text, v, intoFollowingPredicate(text, v, range)));
        if (range == null || range[0] > v && relativeAfterComma(text, range[0])) {
            return null; // "are defending seats in red states, which would make …" says more of the states
        }
        return trimmed(text, withoutTrailingRelative(text, beforeSemicolon(text, v, cutAtParticipleCue(text, range))));
    }

    /** The conjunctions of a predicate coordinated with the cue: "and", "but". */
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** Marks of a clause that concedes or contrasts: "…, though she noted …". */
    private static final Set<String> CONCESSIVES = Set.of("though", "although", "while");

    /**
     * A reported clause runs on over a second predicate that the parser coordinated with the cue
     * right after it with "and" or "but", a comma before them or not: "says he fears returning home
     * and is seeking asylum", "said they had doubts about Lind, but could not vote against her". Not
     * over a predicate with a subject of its own, a participle, or a cue ("said … and told him …", a
     * statement of its own).
     */
    private int[] intoCoordinatedPredicate(AnnotatedText text, int v, int[] range) {
        if (range[0] <= v || range[1] + 2 >= text.sentenceOf(v).endToken() || !holdsClause(text, range[0], range[1])) {
            return range;
        }
        int cc = text.word(range[1] + 1).equals(",") ? range[1] + 2 : range[1] + 1;
        if (!COORDINATORS.contains(text.word(cc).toLowerCase(Locale.ROOT))) {
            return range;
        }
        for (int c : text.children(v)) {
            int first = text.subtreeFirst(c);
            if (c > range[1] && text.relation(c).equals("conj") && first > range[1] && first <= cc && text.pos(c).startsWith("VB")
                    && !text.pos(c).equals("VBG") && !hasSubject(text, c)
                    && cues.find(text.lemma(c)).isEmpty()) {
                return new int[] {range[0], text.subtreeLast(c)};
            }
        }
        return range;
    }

    static final Set<String> DEMONSTRATIVES = Set.of("this", "that");

    /**
     * Whether PolNeAR marks the lone pronoun object {@code t} as the content: whom or what a cue that
     * {@linkplain CueTrait#TAKES_SIDE takes a side} backs or attacks ("endorsed her", "opposes it"; not a
     * reflexive), or a demonstrative that stands for what was said ("disputes this", "did not mention that").
     */
    private static boolean loneObjectReported(AnnotatedText text, int t, CueEntry cue) {
        String word = text.word(t).toLowerCase(Locale.ROOT);
        return text.pos(t).equals("PRP") && cue.has(CueTrait.TAKES_SIDE) && !word.endsWith("self")
                || text.pos(t).equals("DT") && DEMONSTRATIVES.contains(word);
    }

    /** Subordinators that open a sentence with the writer's clause before the main one: "When Dahl said …, Lind …". */
    private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "after", "as", "before", "while", "if",
            "although", "though", "because", "since", "once", "until", "even");

    /**
     * A content that a cue in a sentence's opening subordinate clause carries past the comma closing
     * that clause ends at the comma: in "While voters say the plan is fair, the council has doubts"
     * and "After saying he was tired, the mayor left", the parser hung the main clause on the cue.
     * A content wholly after that comma is none ("When sailors ask for help, their calls go
     * unanswered": null), unless the clause opens with "as" ("As Dahl said, the plan is dead").
     * {@code range} when the sentence opens otherwise.
     */
    private static int[] beforeMainClause(AnnotatedText text, int v, int[] range) {
        Sentence sentence = text.sentenceOf(v);
        int start = sentence.firstToken();
        if (range[0] <= v || !OPENING_SUBORDINATORS.contains(text.word(start).toLowerCase(Locale.ROOT))) {
            return range;
        }
        for (int t = start + 1; t < range[1]; t++) {
            if (text.word(t).equals(",") && opensClause(text, t + 1) && !text.pos(t + 1).startsWith("W")) {
                if (v > t) {
                    return range;
                }
                boolean asClause = text.word(start).equalsIgnoreCase("as"); // "As Dahl said, the plan is dead"
                return t > range[0] ? new int[] {range[0], t - 1} : asClause ? range : null;
            }
        }
        return range;
    }

    /**
     * A content after its cue that stops right before a finite verb runs on over that verb's
     * clause: "believes that his efforts to slow the warming will be his legacy", "found that the
     * money used for the visas was not coming from …". The parser made the verb the root or hung
     * the start of the clause as its subject, and the clause ended before its own predicate. Not
     * when the cue sits in a relative or adverbial clause of that predicate ("some who endorsed the
     * plan sounded …", "while they say …, the mayor is …") or is a gerund or infinitive in its
     * subject ("voting for Lind will be the only way"), nor when the predicate is a cue itself. The
     * run ends before a colon or a comma that opens a clause of its own.
     */
    private int[] intoFollowingPredicate(AnnotatedText text, int v, int[] range) {
        int t = range[1] + 1;
        if (range[0] <= v || t >= text.sentenceOf(v).endToken() || !FINITE_VERB_TAGS.contains(text.pos(t))
                || text.pos(range[0]).equals("TO")) {
            return range;
        }
        String relation = text.relation(t);
        int predicate = relation.startsWith("aux") || relation.equals("cop") ? text.head(t) : t;
        if (predicate < t || text.subtreeLast(predicate) <= range[1] || cues.find(text.lemma(predicate)).isPresent()
                || !hangsAsClause(text, v, predicate)) {
            return range;
        }
        int end = text.subtreeLast(predicate);
        int last = t;
        while (last < end && !text.word(last + 1).equals(":")
                && !(text.word(last + 1).equals(",") && opensClause(text, last + 2))) {
            last++;
        }
        return new int[] {range[0], last};
    }

    /** Whether {@code v} governs {@code predicate}, or hangs on it as its subject or complement, not in a modifier clause. */
    private static boolean hangsAsClause(AnnotatedText text, int v, int predicate) {
        for (int t = predicate; t >= 0; t = text.head(t)) {
            if (t == v) {
                return true;
            }
        }
        // under a subject, a gerund or infinitive cue is a phrase of it: "voting for Lind will be …"
        boolean phrase = !(finite(text, v) || participleAfterComma(text, v) || infinitive(text, v) && text.head(v) < v);
        for (int t = v; t >= 0 && t != predicate; t = text.head(t)) {
            String relation = text.relation(t);
            if (relation.startsWith("acl") || relation.equals("advcl") || relation.equals("conj") || adverbialClause(text, t)
                    || relation.contains("subj") && phrase) {
                return false;
            }
            if (text.head(t) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A content after its cue ends at a semicolon: "said they were tired; 46 percent said …". In
     * train PolNeAR ends an unquoted content there 94 times and runs on over one 22.
     */
    private static int[] beforeSemicolon(AnnotatedText text, int v, int[] range) {
        for (int t = range[0] + 1; range[0] > v && t < range[1]; t++) {
            if (text.word(t).equals(";")) {
                return new int[] {range[0], t - 1};
            }
        }
        return range;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose");
    private static final Set<String> PERSON_RELATIVES = Set.of("who", "whom", "whose");

    /**
     * A content without a finite verb or quotation ends before a relative clause set off by a comma
     * that closes it ("acknowledged the reality of climate change, which makes him an outlier"): the
     * writer's aside, not the report. In a reported clause ("warned that the museum would not end the
     * struggles, which …") PolNeAR keeps it as often as not.
     */
    private static int[] withoutTrailingRelative(AnnotatedText text, int[] range) {
        for (int t = range[0] + 2; t <= range[1]; t++) {
            int first = text.subtreeFirst(t);
            if ("acl:relcl".equals(text.relation(t)) && first > range[0] + 1 && text.word(first - 1).equals(",")
                    && RELATIVE_PRONOUNS.contains(text.word(first).toLowerCase(Locale.ROOT))
                    && text.subtreeLast(t) >= range[1]) {
                return holdsClause(text, range[0], first - 1) ? range : new int[] {range[0], first - 2};
            }
        }
        return range;
    }

    private static final Set<String> APPOSITIVE_ARTICLES = Set.of("a", "an", "the");
    /** Words that open an adjunct of comparison, concession, time or place: "…, compared with 41 percent". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("compared", "even", "when", "where");

    /**
     * The last token of the content {@code first..last} before the writer's gloss that closes it
     * after a comma, outside any quotation: an apposition ("complained that the vote was rigged, a
     * charge party leaders denied", "backing Bush, the former governor") or an adjunct of comparison,
     * concession, time or place ("said Lind would win, compared with 41 percent for Dahl", "…, even as
     * he criticised her", "…, when voters go to the polls", "…, where he trailed"). PolNeAR leaves it
     * out: in train our contents ran on over 61 such phrases it had cut. A list opened by "including"
     * it keeps as often as not. {@code last} when there is none.
     */
    static int beforeTrailingGloss(AnnotatedText text, Quotations quotes, int first, int last) {
        for (int t = first + 1; t + 1 < last; t++) {
            String opener = text.word(t + 1).toLowerCase(Locale.ROOT);
            boolean article = APPOSITIVE_ARTICLES.contains(opener);
            if (!text.word(t).equals(",") || !article && !ADJUNCT_OPENERS.contains(opener)
                    || quotes.containing(text.begin(t), text.end(t)) >= 0) {
                continue;
            }
            int h = t + 1; // the head of the phrase the opener begins: "the ferry company's chairman"
            while (text.head(h) >= 0 && text.subtreeFirst(text.head(h)) >= t) {
                h = text.head(h);
            }
            boolean apposition = text.relation(h).equals("appos") && text.pos(h).startsWith("NN");
            if ((apposition || !article) && text.subtreeLast(h) >= last) {
                return t - 1;
            }
        }
        return last;
    }

    /** Where a statement was made: "in a statement", "during an interview with Fox News". */
    private static final Set<String> OCCASIONS = Set.of("statement", "interview", "speech", "email", "e-mail", "tweet",
            "letter", "op-ed", "post", "release", "conference", "ruling", "memo", "column");

    /**
     * The last token of the content {@code first..last} before a phrase that says where the
     * statement was made and closes it outside any quotation ("called for more school investment in
     * a statement on Thursday", "during an interview with Fox News"): the parser hangs it on the
     * object, PolNeAR leaves it out (in train 5 of its contents end with such a phrase). {@code last}
     * when there is none.
     */
    static int beforeOccasion(AnnotatedText text, Quotations quotes, int first, int last) {
        for (int t = first + 1; t < last; t++) {
            String w = text.word(t).toLowerCase(Locale.ROOT);
            if (!(w.equals("in") || w.equals("during")) || !(text.pos(t + 1).equals("DT") || text.pos(t + 1).equals("PRP$"))
                    || quotes.anyIn(text.begin(t), text.end(last))) {
                continue;
            }
            for (int n = t + 2; n <= Math.min(last, t + 5); n++) {
                String noun = text.word(n).toLowerCase(Locale.ROOT);
                if (OCCASIONS.contains(noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun)) {
                    return text.subtreeLast(n) >= last ? t - 1 : last;
                }
                if (!text.pos(n).startsWith("NN") && !text.pos(n).startsWith("JJ")) {
                    break;
                }
            }
        }
        return last;
    }

    static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP");
    /** What ends a relative clause that runs on after its cue. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", "''");

    /**
     * "changes, which officials said will start in May, …": a relative clause whose verb phrase
     * follows the cue, which the parser cut off it. PolNeAR's content is then the whole relative
     * clause, pronoun and cue included ("which officials said will start in May"), to the comma or
     * sentence end. Null if the cue opens no such clause.
     */
    private static int[] relativeClauseReported(AnnotatedText text, int v) {
        int first = text.subtreeFirst(v);
        Sentence sentence = text.sentenceOf(v);
        if (!"acl:relcl".equals(text.relation(v)) || !RELATIVE_TAGS.contains(text.pos(first)) || text.head(first) != v
                || v + 1 >= sentence.endToken() || !FINITE_VERB_TAGS.contains(text.pos(v + 1))) {
            return null;
        }
        int last = v + 1;
        while (last + 1 < sentence.endToken() && !CLAUSE_ENDS.contains(text.word(last + 1))) {
            last++;
        }
        return new int[] {first, last};
    }

    /** Pronouns that open a relative clause as the object of its verb: "what she calls …", "which he declared …". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("what", "which", "who", "whom");
    /** What a cue heading a relative clause reports after it: "calls corruption", "said was a sign", "sees as a threat". */
    private static final Set<String> RELATIVE_COMPLEMENTS = Set.of("ccomp", "obj", "xcomp", "obl");

    /**
     * A relative clause whose pronoun the cue governs, with the cue's subject between them:
     * "amounting to what the senators said was gerrymandering", "what she calls corruption", "the
     * vote, which he declared a disaster". PolNeAR's content is the whole relative clause, pronoun,
     * source and cue included. Null if the verb cue heads none, or nothing follows it in the
     * relative ("what Lind said when she left": PolNeAR's content is then the pronoun alone in
     * fewer than half the cases).
     */
    private static int[] relativeAroundCue(AnnotatedText text, int v) {
        int subject = text.child(v, "nsubj");
        int pronoun = subject >= 0 && subject < v ? text.subtreeFirst(subject) - 1 : -1;
        if (pronoun < 0 || !OBJECT_PRONOUNS.contains(text.word(pronoun).toLowerCase(Locale.ROOT)) || text.head(pronoun) != v
                || !text.pos(v).startsWith("VB")) {
            return null;
        }
        int last = v;
        for (int c : text.children(v)) {
            if (c > v && RELATIVE_COMPLEMENTS.contains(text.relation(c))) {
                last = Math.max(last, text.subtreeLast(c));
                for (int conj : text.children(c)) {
                    if (text.relation(conj).equals("conj") && text.child(conj, "nsubj") >= 0) {
                        last = Math.min(last, text.subtreeFirst(conj) - 1); // "what Dahl says it does and what it does"
                    }
                }
            }
        }
        int predicate = text.head(v);
        if ("csubj".equals(text.relation(v)) && predicate > v + 1 && text.lemma(v + 1).equals("be")
                && text.head(v + 1) == predicate) {
            last = predicate; // "what analysts said was a sign": the relative is the predicate's subject
            for (int c : text.children(predicate)) {
                if (c > predicate && (text.word(c).equals(",") || text.relation(c).equals("dep")
                        || text.relation(c).equals("conj"))) {
                    break; // "which she said was a mistake, failed": the parser hung the host clause on the predicate
                }
                last = Math.max(last, text.subtreeLast(c));
            }
        }
        return last > v ? new int[] {pronoun, last} : null;
    }

    /** The relative pronoun before cue {@code v} that is its object ("which Dahl favors", "whom she backed"), or null. */
    private static int[] relativeObject(AnnotatedText text, int v) {
        int obj = text.child(v, "obj");
        return obj >= 0 && obj < v && RELATIVE_PRONOUNS.contains(text.word(obj).toLowerCase(Locale.ROOT))
                && !Negation.negated(text, v) ? new int[] {obj, obj} : null;
    }

    /** Words that open what someone is asked: "about the merger", "whether he would run", "to respond". */
    private static final Set<String> QUESTION_OPENERS = Set.of("about", "if", "whether", "to", "why", "what", "how", "who",
            "which", "when", "where");
    /** Words that may come before a sentence's opening "asked": "When asked why …, Dahl said". */
    private static final Set<String> BEFORE_ASKED = Set.of("when", "once", "if", "after");

    /**
     * The question of a sentence that opens with "Asked" ("Asked why he trailed so badly, Dahl said
     * …", "When asked about the merger, she …"): the words after the cue up to the first comma before
     * a clause's subject, however the parser hung them (it often makes the question the main
     * verb's adverbial, or runs the cue's clause on into the main clause). PolNeAR marks such an
     * "Asked" in about 6 of 7 cases in train. Null for any other cue.
     */
    private static int[] openingQuestion(AnnotatedText text, int v, CueEntry cue) {
        Sentence s = text.sentenceOf(v);
        boolean opens = v == s.firstToken()
                || v == s.firstToken() + 1 && BEFORE_ASKED.contains(text.word(v - 1).toLowerCase(Locale.ROOT));
        if (!opens || !text.lemma(v).equals("ask") || !text.pos(v).equals("VBN")) {
            return null;
        }
        for (int comma = v + cue.lemmas().size() + 1; comma + 1 < s.endToken(); comma++) {
            if (text.word(comma).equals(",") && opensClause(text, comma + 1)) {
                int first = v + cue.lemmas().size();
                int opener = first;
                while (opener < comma && !QUESTION_OPENERS.contains(text.word(opener).toLowerCase(Locale.ROOT))) {
                    opener++;
                }
                // "Asked on Fox News who leads", "asked by a host if": the question alone
                return new int[] {opener < comma ? opener : first, comma - 1};
            }
        }
        return null;
    }

    /** Whether token {@code t} opens a clause with its subject: "Dahl said", "the new mayor replied". */
    private static boolean opensClause(AnnotatedText text, int t) {
        for (int x = t; x < text.sentenceOf(t).endToken() && text.subtreeFirst(x) == t; x++) {
            if (text.relation(x).equals("nsubj") && text.head(x) > x) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word after the cue {@code v} is the copula or auxiliary of the predicate the cue
     * hangs on: in "Everything Dahl says is a lie" the cue's clause is a subject, with no clause of
     * its own to report, unlike "He said the nation has become …", where the parser read "He said
     * the nation" as one.
     */
    private static boolean predicateNext(AnnotatedText text, int v) {
        String rel = text.relation(v + 1);
        return text.head(v + 1) == text.head(v) && (rel.equals("cop") || rel.startsWith("aux"));
    }

    /**
     * Whether the parser hung a cue with its own subject on the reported clause after it, as an
     * adverbial: in "while voters said they had heard nothing" "said" hangs on "heard", whose
     * subject follows the cue.
     */
    private static boolean clauseReadAsHost(AnnotatedText text, int v) {
        String rel = text.relation(v);
        int host = text.head(v);
        int subject = text.child(host, "nsubj");
        return (rel.equals("advcl") || rel.equals("dep")) && text.child(v, "nsubj") >= 0 && text.pos(host).startsWith("VB")
                && subject > v && text.subtreeFirst(subject) == v + 1;
    }

    /**
     * The cue's clausal complement: a ccomp, but the one after the cue when the parser made an
     * adverbial before it a ccomp too ("As odd as it seems, Dahl said the deal had helped") or a
     * colon follows the cue (PolNeAR's content is then after it 71 times in 76 in train); a
     * finite verb the parser attached as xcomp or dep ("images that it said showed …"), unless it
     * is a cue set off by a comma ("vowed to …, declined to …"); a condition right after the cue
     * that the parser read as its adverbial ("said if elected he would serve"); or a clause
     * with its own subject and no subordinator before the cue, which the parser took for an
     * adverbial ("The talks had failed, the agency reported"), unless the cue has a subject and an
     * object of its own. -1 if none.
     */
    int clausalComplement(AnnotatedText text, int v) {
        int ccomp = -1;
        boolean colon = v + 1 < text.tokenCount() && text.word(v + 1).equals(":"); // "…, Berg said: “I feel …”"
        for (int c : text.children(v)) {
            if (text.relation(c).equals("ccomp") && (ccomp < 0
                    || ccomp < v && c > v && (colon || INTRODUCERS.contains(text.pos(text.subtreeFirst(ccomp)))))) {
                ccomp = c;
            }
        }
        if (ccomp >= 0) {
            return ccomp;
        }
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            if (c > v && (rel.equals("xcomp") || rel.equals("dep")) && finite(text, c)
                    && !relativeAfterComma(text, text.subtreeFirst(c)) && !cueAfterComma(text, c)) {
                return c;
            }
        }
        for (int c : text.children(v)) {
            int mark = text.child(c, "mark");
            if (c > v && text.relation(c).equals("advcl") && mark == v + 1 && text.word(mark).equalsIgnoreCase("if")
                    && text.child(c, "nsubj") >= 0 && finite(text, c)) {
                return c; // "Dahl said if elected he would serve": the parser hung the condition's clause on the cue
            }
        }
        if (childAfter(text, v, "obj") >= 0 && text.child(v, "nsubj") >= 0) {
            return -1; // "What's more, in 2010, Pate supported Crist": the cue's own object is what it reports
        }
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            boolean clause = hasSubject(text, c);
            int advmod = text.child(c, "advmod");
            boolean subordinate = text.child(c, "mark") >= 0 || (advmod >= 0 && text.pos(advmod).equals("WRB"));
            if (c < v && (rel.equals("advcl") || rel.equals("dep")) && clause && !subordinate) {
                return c;
            }
        }
        return -1;
    }

    /** "vowed to ban …, declined at first to criticize …": a cue set off by a comma is the speaker's next statement. */
    private boolean cueAfterComma(AnnotatedText text, int c) {
        return text.word(text.subtreeFirst(c) - 1).equals(",") && cues.find(text.lemma(c)).isPresent();
    }

    /**
     * {@code last} cut before what {@code head} governs that is no longer its phrase: a conjunct with
     * a subject of its own ("to lend the port $5 million, and the union stepped in") or a participle
     * set off by a comma ("to sign up 5 million people, focusing on …").
     */
    private static int beforeOwnClause(AnnotatedText text, int head, int last) {
        for (int c : text.children(head)) {
            if (c <= head || c > last) {
                continue;
            }
            String rel = text.relation(c);
            int first = text.subtreeFirst(c);
            boolean clause = rel.equals("conj") && hasSubject(text, c);
            boolean participle = (rel.equals("advcl") || rel.equals("dep")) && text.pos(first).equals("VBG")
                    && text.word(first - 1).equals(",");
            if (clause || participle) {
                return first - 1;
            }
        }
        return last;
    }

    /**
     * Whether the words from {@code first} are a relative clause set off by a comma, which the parser hung
     * on the cue: "endorses Lind, who says …".
     */
    private static boolean relativeAfterComma(AnnotatedText text, int first) {
        return first > 0 && text.word(first - 1).equals(",") && RELATIVE_TAGS.contains(text.pos(first));
    }

    /**
     * A reported clause the parser hung on the word after the cue instead of the cue: "told co-host
     * Joe Berg that he …" (the clause on a misread "co-host"), "says Norland's “latest meltdown is
     * unhinged”" (on the object). A that-clause, or a finite clause with its own subject; -1 if none.
     * Only for cues whose content is a clause: the object of "rejected the idea that …" is the content.
     */
    private static int clauseUnderObject(AnnotatedText text, int v) {
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            if (c <= v || !(rel.equals("obj") || rel.equals("dep") || rel.equals("iobj")) || text.pos(c).equals("VBG")) {
                continue; // a participle's clause is its own: "complained, even suggesting he was …"
            }
            for (int d : text.children(c)) {
                int mark = text.child(d, "mark");
                boolean that = mark >= 0 && text.word(mark).equalsIgnoreCase("that") && text.relation(d).equals("ccomp");
                boolean clause = (text.relation(d).equals("dep") || text.relation(d).equals("ccomp")) && mark < 0
                        && finite(text, d) && hasSubject(text, d)
                        && !PERSON_RELATIVES.contains(text.word(text.subtreeFirst(d)).toLowerCase(Locale.ROOT)); // "replied Obama, whose criticism …"
                if (d > c && (that || clause)) {
                    return d;
                }
            }
        }
        return -1;
    }

    /**
     * A reported clause the parser read as the cue's object, its verb buried inside: "says the
     * Ohio native nicknamed “King Jim” is a dedicated advocate", "said fathers who adopt would not
     * be eligible". An object whose words hold a finite verb or a quotation mark, and not a person
     * spoken to ("told him"). Null if none.
     */
    private static int[] clauseReadAsObject(AnnotatedText text, int v) {
        int obj = text.child(v, "obj");
        if (obj <= v || text.pos(obj).equals("PRP") || text.ner(obj).equals("PERSON")) {
            return null;
        }
        int[] range = {text.subtreeFirst(obj), text.subtreeLast(obj)};
        return holdsClause(text, range[0], range[1]) ? range : null;
    }

    /**
     * An object and the infinitive after it, on a cue that otherwise reports clauses: "asked the
     * candidates to discuss …", "told his aides to find …". Null if none.
     */
    private static int[] appealAfterObject(AnnotatedText text, int v) {
        int obj = text.child(v, "obj");
        int xcomp = text.child(v, "xcomp");
        return obj > v && xcomp > obj && infinitive(text, xcomp) ? new int[] {text.subtreeFirst(obj), text.subtreeLast(xcomp)} : null;
    }

    /**
     * An indirect question the parser hung on the cue as an adverbial: "asked whether the talks
     * would resume", "explained why he backs Lind", "isn't saying if the foundation broke the law".
     * With "if", "when" or "where", only after a cue of doubt or a negated one: in "he said if they
     * win, …" the if-clause is a condition. -1 if none.
     */
    private static int indirectQuestion(AnnotatedText text, int v, CueEntry cue) {
        int advcl = childAfter(text, v, "advcl");
        if (advcl < 0) {
            return -1;
        }
        String word = text.word(text.subtreeFirst(advcl)).toLowerCase(Locale.ROOT);
        boolean doubt = cue.stance() == CueStance.QUESTION || Negation.negated(text, v);
        boolean question = ALWAYS_QUESTIONS.contains(word) || doubt && DOUBT_QUESTIONS.contains(word);
        return question ? advcl : -1;
    }

    /** "said there is …": "there" right after the cue, hanging on it, before a verb. */
    static boolean existentialAfter(AnnotatedText text, int v) {
        int t = v + 1;
        return t + 1 < text.sentenceOf(v).endToken() && text.word(t).equalsIgnoreCase("there") && text.head(t) == v
                && (text.pos(t + 1).startsWith("VB") || text.pos(t + 1).equals("MD"));
    }

    /**
     * Where a clausal complement after its cue starts: at the cue's object when the clause has no
     * subject of its own and no "that" ("Critics say resources could be better spent": the parser
     * made the clause's subject the cue's object).
     */
    static int clauseStart(AnnotatedText text, int v, int ccomp) {
        int obj = text.child(v, "obj");
        if (obj >= 0 && text.head(ccomp) == obj && text.child(ccomp, "mark") < 0) {
            return text.subtreeFirst(obj); // "says Norland's “latest meltdown is unhinged”"
        }
        boolean subjectless = text.child(ccomp, "nsubj") < 0 && text.child(ccomp, "nsubj:pass") < 0
                && text.child(ccomp, "expl") < 0 && text.child(ccomp, "mark") < 0;
        return ccomp > v && obj > v && obj < text.subtreeFirst(ccomp) && subjectless ? text.subtreeFirst(obj)
                : text.subtreeFirst(ccomp);
    }

    /**
     * Whether the cue {@code v} is a clausal subject with a subject of its own and no subordinator:
     * "Dahl believes that his efforts to slow the warming will be his legacy" read as "[Dahl believes
     * that his efforts to slow the warming] will be …". A true subject clause opens with "that",
     * "what" or "whether" ("That Dahl believes it is clear").
     */
    private static boolean subjectClauseWithSubject(AnnotatedText text, int v) {
        int subject = text.child(v, "nsubj");
        return "csubj".equals(text.relation(v)) && subject >= 0 && subject < v && text.child(v, "mark") < 0
                && !RELATIVE_TAGS.contains(text.pos(text.subtreeFirst(v)));
    }

    /**
     * The object of "say" right after it, a common noun, when nothing else reports: "Lind said her
     * suite of plans addresses the crews' worries", where the tagger read the clause's verb as a
     * plural noun and the parser made its subject the object; or "said a lot", "said almost nothing
     * about the quotas". Not "said, another sign of …" (the noun does not follow the cue), "said
     * Tim Berg" (an inverted speaker) nor "said so many times". On train 9 of 12 such objects are
     * PolNeAR contents. Null otherwise.
     */
    private static int[] misreadClauseObject(AnnotatedText text, int v) {
        int obj = childAfter(text, v, "obj");
        int subject = text.child(v, "nsubj");
        if (!text.lemma(v).equals("say") || obj < 0 || subject < 0 || subject > v || text.subtreeFirst(obj) != v + 1
                || !(text.pos(obj).equals("NN") || text.pos(obj).equals("NNS")) || text.lemma(obj).equals("time")) {
            return null;
        }
        return new int[] {text.subtreeFirst(obj), text.subtreeLast(obj)};
    }

    /** Whether the clause {@code c} opens with a coordinating conjunction: "…, but analysts agreed …" is a clause of its own. */
    private static boolean coordinated(AnnotatedText text, int c) {
        return text.pos(text.subtreeFirst(c)).equals("CC");
    }

    /** Whether a finite auxiliary makes {@code t} a clause's verb ("could be spent"). */
    private static boolean finite(AnnotatedText text, int t) {
        if (FINITE_VERB_TAGS.contains(text.pos(t))) {
            return true;
        }
        for (int c : text.children(t)) {
            if (text.relation(c).startsWith("aux") && FINITE_VERB_TAGS.contains(text.pos(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content a cue carries in its object or infinitive, by the lexicon's content column:
     * "accused X of Y", "attacked X", "wants to Y", "urged X to Y"; null when the parse has none.
     */
    static int[] objectContent(AnnotatedText text, int v, CueEntry cue) {
        CueContent kind = cue.content();
        int after = v + cue.lemmas().size(); // the first word after the cue
        // not one before the cue ("network RT he blasted the media" is misread) nor inside it ("took issue with")
        int obj = childAfter(text, v, after - 1, "obj");
        int objFirst = obj < 0 ? -1 : text.subtreeFirst(obj);
        if (obj < 0 && kind == CueContent.OBJECT && cue.lemmas().size() > 1) {
            // "called for an inquiry", "pointed to the polls": without the preposition; a one-word cue's
            // phrase is no content ("promoted by the mayor", "attacked in the debate")
            obj = childAfter(text, v, after - 1, "obl");
            int preposition = obj < 0 ? -1 : text.child(obj, "case");
            objFirst = obj < 0 ? -1 : preposition == text.subtreeFirst(obj) ? preposition + 1 : text.subtreeFirst(obj);
            int clause = childAfter(text, v, "advcl");
            if (obj < 0 && cue.lemmas().size() > 1 && clause > v && text.subtreeFirst(clause) == after - 1) {
                // "pointed to Norway's decision to leave …": the parser took the cue's preposition for
                // the mark of a clause
                return new int[] {after, text.subtreeLast(clause)};
            }
        }
        int xcomp = text.child(v, "xcomp");
        switch (kind) {
            case COMPLEMENT: {
                int[] relative = relativeObjectAndPredicate(text, v);
                if (relative != null) {
                    return relative;
                }
                int end = -1;
                for (int c : text.children(v)) {
                    String rel = text.relation(c);
                    // a second object is the predicate too: "called him ''a genius''"
                    if (obj > v && c > obj && (rel.equals("xcomp") || rel.startsWith("obl") || rel.equals("obj")
                            || rel.equals("advcl") && !adverbialClause(text, c))) {
                        end = text.subtreeLast(c);
                    }
                }
                if (end > obj && obj > v) {
                    return new int[] {text.subtreeFirst(obj), end};
                }
                // the parser often folds the complement into the object: "called the charges
                // unsubstantiated", "called half of his supporters “deplorables”"
                if (obj > v && holdsComplement(text, obj)) {
                    return new int[] {text.subtreeFirst(obj), text.subtreeLast(obj)};
                }
                int[] smallClause = smallClauseComplement(text, v, obj, xcomp);
                if (smallClause == null && obj > v && cue.has(CueTrait.OBJECT_ALONE)) {
                    return nounObject(text, v, obj, objFirst); // "described the meeting", "blamed the press"
                }
                return smallClause;
            }
            case OBJECT:
                return obj > v ? new int[] {objFirst, objectEnd(text, v, obj)} : null;
            case NOUN: {
                int[] object = nounObject(text, v, obj, objFirst);
                return object == null ? null : new int[] {object[0], predicateEnd(text, v, object[1])};
            }
            case INTENT:
                if (xcomp > v && (text.child(xcomp, "mark") >= 0 || text.pos(xcomp).equals("VBG"))) {
                    // "plans to …", "proposes doing …", "expects Lind to win" (the one expected to act included)
                    int first = obj > v && obj < xcomp ? objFirst : text.subtreeFirst(xcomp);
                    return new int[] {first, beforeOwnClause(text, xcomp, text.subtreeLast(xcomp))};
                }
                return nounObject(text, v, obj, objFirst); // "offered some advice", "wants policies that …"
            case APPEAL:
                if (xcomp > v) {
                    int first = obj > v && obj < xcomp ? text.subtreeFirst(obj) : text.subtreeFirst(xcomp);
                    return new int[] {first, text.subtreeLast(xcomp)};
                }
                // "called on Norland to stop …": the parser read "on Norland to stop" as an adverbial clause
                int advcl = childAfter(text, v, "advcl");
                return advcl > v && infinitive(text, advcl) && text.subtreeFirst(advcl) <= after
                        ? new int[] {after, text.subtreeLast(advcl)}
                        : cue.has(CueTrait.ASKS_FOR_THINGS) ? nounObject(text, v, obj, objFirst) : null;
            default:
                return null;
        }
    }

    /**
     * A relative clause whose pronoun is the cue's object, and the predicate after the cue: "which
     * Dahl described as a death trap", "what she called a “rant”". PolNeAR's content runs from the
     * pronoun to the predicate's end. Null if the clause has no such pronoun or predicate.
     */
    private static int[] relativeObjectAndPredicate(AnnotatedText text, int v) {
        int relative = text.subtreeFirst(v);
        if (!RELATIVE_TAGS.contains(text.pos(relative)) || text.head(relative) != v || !"obj".equals(text.relation(relative))) {
            return null;
        }
        int end = -1;
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            boolean as = rel.equals("obl") && introducedBy(text, c, "case", AS);
            if (c > v && (as || rel.equals("obj") || rel.equals("xcomp"))) {
                end = Math.max(end, text.subtreeLast(c));
            }
        }
        return end > v ? new int[] {relative, end} : null;
    }

    /** Marks of a clause that is no complement: "called the hearing because …", "… when …". */
    private static final Set<String> ADVERBIAL_MARKS = Set.of("because", "when", "after", "before", "while", "if",
            "although", "though", "since", "until", "so");

    private static boolean adverbialClause(AnnotatedText text, int c) {
        int mark = text.child(c, "mark");
        return mark >= 0 && ADVERBIAL_MARKS.contains(text.word(mark).toLowerCase(Locale.ROOT));
    }

    /**
     * A noun object that reports what was said, offered or wanted: "noted the delay", "offered some
     * advice". None when the cue is negated: "had not shown a single log entry" reports nothing said.
     */
    private static int[] nounObject(AnnotatedText text, int v, int obj, int objFirst) {
        return obj > v && !Negation.negated(text, v) ? new int[] {objFirst, objectEnd(text, v, obj)} : null;
    }

    /**
     * Where an object's small clause ends: the words the parser hung on the cue right after the
     * object but which say what the object is or does: "shows Lind likewise ahead by three points",
     * "shows him with his hands in the air", "found 31 incidents of fraud out of a billion ballots cast".
     */
    private static int predicateEnd(AnnotatedText text, int v, int last) {
        return grownOver(text, v, last, SMALL_CLAUSE_PARTS::contains);
    }

    /**
     * {@code last} grown over the dependents of {@code verb} that follow it without a gap and whose
     * relation {@code relations} accepts: words the parser hung on the verb that belong to the phrase
     * ending at {@code last}.
     */
    static int grownOver(AnnotatedText text, int verb, int last, Predicate<String> relations) {
        for (int c : text.children(verb)) {
            if (c > last && text.subtreeFirst(c) == last + 1 && relations.test(text.relation(c))) {
                last = text.subtreeLast(c);
            }
        }
        return last;
    }

    /**
     * The clause of an evidential cue, which names no source: "Dahl seems to have left", "the vote
     * appears close", "the bill is expected to pass", "Lind was said to be furious", "the fund is
     * considered an asset"; and of an accusation in the passive, whose accuser goes unnamed: "Lind was
     * accused of fraud", "Dahl has been criticized for his silence". PolNeAR's content is then the
     * whole clause from its subject on, the cue inside it. Null for other cues, a passive with an
     * agent ("is expected by analysts to …"), and a clause that holds a cue of its own ("is expected
     * to say that …"), read from that cue.
     */
    int[] evidentialClause(AnnotatedText text, int v) {
        String lemma = text.lemma(v);
        boolean alleging = ALLEGING_PASSIVES.contains(lemma);
        int subject = RAISING_VERBS.contains(lemma) ? text.child(v, "nsubj")
                : (EVIDENTIAL_PASSIVES.contains(lemma) || alleging) && SourceFinder.passiveAgent(text, v) < 0
                ? text.child(v, "nsubj:pass") : -1;
        // "is expected to …", "was viewed as …", "was declared the winner" (the parser reads the predicate as an object)
        boolean predicate = text.child(v, "xcomp") > v || text.child(v, "obj") > v && subject == text.child(v, "nsubj:pass")
                || introducedBy(text, childAfter(text, v, "obl"), "case", lemma.equals("know") ? AS_FOR : AS)
                || alleging && (introducedBy(text, childAfter(text, v, "obl"), "case", ALLEGED_PREPOSITIONS)
                    || introducedBy(text, childAfter(text, v, "advcl"), "mark", ALLEGED_PREPOSITIONS));
        if (subject < 0 || subject > v || !predicate) {
            return null;
        }
        int first = text.subtreeFirst(subject);
        int last = beforeAdjunctClause(text, v + 1, text.subtreeLast(v));
        if (holdsVerbCue(text, null, first, v - 1, true) || reportsInside(text, v + 1, last)) {
            return null;
        }
        return trimmed(text, new int[] {first, last});
    }

    /**
     * The last token of {@code from..last} before a comma that opens the writer's adverbial clause
     * ("was viewed as a threat, particularly after the court agreed to …"); {@code last} if none.
     */
    private static int beforeAdjunctClause(AnnotatedText text, int from, int last) {
        for (int t = from; t < last; t++) {
            if (!text.word(t).equals(",")) {
                continue;
            }
            int opener = pastAdverbs(text, t + 1, last);
            if (text.relation(opener).equals("mark") && text.pos(opener).equals("IN")) {
                return t - 1;
            }
        }
        return last;
    }

    /**
     * Whether a reporting verb in {@code from..to} reads the evidential's clause itself ("is expected
     * to say that …"): not an infinitive whose cue reports an object ("was asked to name one thing").
     */
    private boolean reportsInside(AnnotatedText text, int from, int to) {
        for (int t = from; t <= to; t++) {
            Optional<CueEntry> cue = text.pos(t).startsWith("VB") ? cues.find(text.lemma(t)) : Optional.empty();
            if (cue.isPresent() && (cue.get().content() == CueContent.CLAUSE || !infinitive(text, t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} has a dependent {@code rel} ("case", "mark") that is one of {@code words}: "as a threat", "of taking". */
    private static boolean introducedBy(AnnotatedText text, int phrase, String rel, Set<String> words) {
        int word = phrase < 0 ? -1 : text.child(phrase, rel);
        return word >= 0 && words.contains(text.word(word).toLowerCase(Locale.ROOT));
    }

    /** The first dependent of {@code v} after it with relation {@code rel}, or -1. */
    private static int childAfter(AnnotatedText text, int v, String rel) {
        return childAfter(text, v, v, rel);
    }

    /** The first dependent of {@code v} after token {@code from} with relation {@code rel}, or -1. */
    private static int childAfter(AnnotatedText text, int v, int from, String rel) {
        for (int c : text.children(v)) {
            if (c > from && text.relation(c).equals(rel)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Where an object content ends: its subtree, grown over what the parser hung on the cue right
     * after it but belongs to it: a predicate, reason or rival ("attacked her opponent as a fraud",
     * "slammed the minister for his votes", "defended him against the charges", "favored Lind over
     * Berg") and an infinitive ("stressed the need to bolster the navy"). Other adverbials stay out
     * ("called for an inquiry in a statement").
     */
    private static int objectEnd(AnnotatedText text, int v, int obj) {
        int last = text.subtreeLast(obj);
        for (int c : text.children(obj)) {
            if (c > obj && text.relation(c).equals("conj") && ownClause(text, c)) {
                last = Math.min(last, text.subtreeFirst(c) - 1); // "supported it, and Berg opposed the measure": a clause of its own
            }
        }
        for (int c : text.children(v)) {
            if (c <= last || text.subtreeFirst(c) != last + 1) {
                continue;
            }
            String relation = text.relation(c);
            // "blasted the media for being …", however the parser hung the "for": case, mark or dep
            boolean predicate = (relation.startsWith("obl") || relation.equals("advcl") || relation.equals("dep"))
                    && OBJECT_PREDICATES.contains(text.word(last + 1).toLowerCase(Locale.ROOT));
            if (predicate || text.relation(c).equals("xcomp") && infinitive(text, c)) {
                last = text.subtreeLast(c);
            }
        }
        return last;
    }

    /** Whether verb {@code v} has a subject of its own, active or passive. */
    private static boolean hasSubject(AnnotatedText text, int v) {
        return text.child(v, "nsubj") >= 0 || text.child(v, "nsubj:pass") >= 0;
    }

    /**
     * Whether the conjunct {@code c} the parser hung on a noun is a clause of its own: a finite verb
     * or a subject, and no question word ("… and how the fight went on" goes on with the noun).
     */
    private static boolean ownClause(AnnotatedText text, int c) {
        for (int t = text.subtreeFirst(c); t < c; t++) {
            if (text.pos(t).startsWith("W")) {
                return false;
            }
        }
        return text.child(c, "nsubj") >= 0 || FINITE_VERB_TAGS.contains(text.pos(c));
    }

    /**
     * The object and its predicate when the parser read them as something else: a double object
     * ("called him a political opportunist": iobj and obj, or the predicate a dep of the iobj) or a
     * small clause ("called the report a
     * fabrication", "call him reckless", "called Trump “unhinged”": a noun before the predicate, as
     * its subject or a dep). Null if neither.
     */
    private static int[] smallClauseComplement(AnnotatedText text, int v, int obj, int xcomp) {
        int iobj = text.child(v, "iobj");
        if (iobj > v && obj > iobj) {
            return new int[] {text.subtreeFirst(iobj), text.subtreeLast(obj)};
        }
        if (iobj > v && obj < 0 && holdsPredicate(text, iobj)) {
            // "Dahl Calls Maria Lind ‘A Disgrace’": the predicate hangs on the object as a dep
            return new int[] {text.subtreeFirst(iobj), text.subtreeLast(iobj)};
        }
        if (obj >= 0 || xcomp <= v || infinitive(text, xcomp)) {
            return null;
        }
        int dep = text.child(v, "dep");
        int first = dep > v && dep < xcomp ? Math.min(text.subtreeFirst(dep), text.subtreeFirst(xcomp)) : text.subtreeFirst(xcomp);
        for (int t = Math.max(first, v + 1); t < xcomp; t++) {
            if (text.pos(t).startsWith("NN") || text.pos(t).equals("PRP")) {
                return new int[] {Math.max(first, v + 1), text.subtreeLast(xcomp)};
            }
        }
        return null;
    }

    /** Whether a dep or apposition after {@code noun} hangs on it: a predicate the parser attached there. */
    private static boolean holdsPredicate(AnnotatedText text, int noun) {
        for (int c : text.children(noun)) {
            if (c > noun && (text.relation(c).equals("dep") || text.relation(c).equals("appos"))) {
                return true;
            }
        }
        return false;
    }

    static boolean holdsComplement(AnnotatedText text, int obj) {
        for (int t = text.subtreeFirst(obj); t <= text.subtreeLast(obj); t++) {
            boolean predicate = text.head(t) == obj && (text.relation(t).equals("dep") || text.relation(t).equals("appos"))
                    && !text.word(text.subtreeFirst(t) - 1).equals(","); // "called climate change a hoax"
            if ((t > obj && (text.relation(t).equals("amod") || predicate)) || text.pos(t).equals("``")) { // an opening quotation mark
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation right before the cue and its speaker ("“…,” Ms. Moore said", "“…?” asked Graham")
     * or right after them ("He said: “…”"), for cues the parser left without a clause. Only commas,
     * colons, dashes and spaces may stand between them; after a colon the quotation may open the
     * next paragraph ("He continued:¶“…”").
     */
    static int[] adjacentQuotation(AnnotatedText text, Quotations quotes, int cueFirst, int cueLast,
                                           int source) {
        int first = cueFirst;
        int last = cueLast;
        if (source >= 0) {
            int sourceFirst = text.subtreeFirst(source);
            for (int x = sourceFirst; x < source; x++) {
                if (text.pos(x).equals("''")) {
                    sourceFirst = x + 1; // "“…,” Sarandon, 69, told": the parser hung the quotation on the speaker
                }
            }
            first = Math.min(first, sourceFirst);
            last = Math.max(last, SourceFinder.sourceEnd(text, source));
        }
        String t = text.text();
        for (int q = 0; q < quotes.size(); q++) {
            boolean before = quotes.end(q) <= text.begin(first) && onlySeparators(t, quotes.end(q), text.begin(first));
            boolean after = quotes.start(q) >= text.end(last) && (onlySeparators(t, text.end(last), quotes.start(q))
                    || t.charAt(text.end(last) - 1) == ':' && Spaces.isBlank(t, text.end(last), quotes.start(q)));
            if (!before && !after) {
                continue;
            }
            int from = text.tokenAt(quotes.start(q));
            int to = text.tokenAt(quotes.end(q) - 1);
            if (before && from >= 0 && !opensSentence(text, text.sentenceOf(from), from) && titleCase(text, from, to)) {
                continue; // "In his book, “Saving for Boats,” Berg suggested …": a title, not what he said
            }
            return from >= 0 && to >= from ? new int[] {from, to} : null;
        }
        return null;
    }

    /**
     * Tags of what may open a sentence before "according to", "That said" or a quotation: an opening
     * quotation mark or parenthesis, "But", "Also".
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of("``", "-LRB-", "CC", "RB");

    /**
     * Whether only an opening quotation mark or conjunction comes before {@code first} in its
     * sentence: "According to X, …", "But according to X, …" (the phrase then reports the rest of the
     * sentence, whatever word the parser hung it on), "But “…,” Lind said".
     */
    static boolean opensSentence(AnnotatedText text, Sentence sentence, int first) {
        for (int t = sentence.firstToken(); t < first; t++) {
            if (!SENTENCE_OPENERS.contains(text.pos(t))) {
                return false;
            }
        }
        return first + 1 < sentence.endToken();
    }

    /** Whether every word of {@code from..to} longer than three letters is capitalised, as in a title: “Saving for Boats”. */
    private static boolean titleCase(AnnotatedText text, int from, int to) {
        for (int x = from; x <= to && x >= 0; x++) {
            String word = text.word(x);
            if (word.length() > 3 && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ",:;—–―".indexOf(c) < 0 && !Spaces.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The talks failed, Anders Dahl told reporters on Monday": when the parse gives nothing, the
     * words from the sentence start to the comma before the source and cue, if at least three. They
     * need a verb unless a short source and the cue ({@code first..cueLast}) end the sentence:
     * "Gulls like Dahl, he said."
     */
    static int[] clauseBeforeComma(AnnotatedText text, int first, int cueLast) {
        int start = text.sentenceOf(first).firstToken();
        if (first - 1 <= start || !text.word(first - 1).equals(",")) {
            return null;
        }
        int[] range = trimmed(text, new int[] {start, first - 2});
        boolean endsSentence = cueLast - first < MAX_PARENTHETICAL_TAIL
                && !anyWord(text, cueLast + 1, text.sentenceOf(first).endToken() - 1);
        if (range == null || range[1] - range[0] < 2 || INTRODUCERS.contains(text.pos(range[0])) && !gerundSubject(text, range)
                && !(endsSentence && clauseAfterOpener(text, range))) {
            return null; // "At a rally in Ohio, Clinton said": an adverbial, not what was said
        }
        // else a dateline or a heading: "FLINT, Mich., Oct. 4 (UPI)"
        return endsSentence || holdsClause(text, range[0], range[1]) || secondSubject(text, range, first) ? range : null;
    }

    /**
     * Whether the parser made the clause {@code range} a second subject of the verb whose own
     * subject starts at {@code first}: "The middle fifth paid 8.9 percent, the agency said in a report,
     * and …" (the past tense read as a participle of "percent").
     */
    private static boolean secondSubject(AnnotatedText text, int[] range, int first) {
        if (!holdsVerb(text, range[0], range[1])) {
            return false;
        }
        for (int t = range[0]; t <= range[1]; t++) {
            int verb = text.head(t);
            if (text.relation(t).equals("nsubj") && verb > range[1]) {
                for (int c : text.children(verb)) {
                    if (c >= first && c < verb && text.relation(c).equals("nsubj")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code range}, opened by a phrase without a verb, goes on after its first comma with a
     * clause: "In Chicago, organizers added guards, the Post reported", not "At a rally in Ohio, Clinton
     * said" nor "If you rent, the state offers loans".
     */
    private static boolean clauseAfterOpener(AnnotatedText text, int[] range) {
        for (int t = range[0] + 1; t < range[1]; t++) {
            if (text.word(t).equals(",")) {
                return !holdsVerb(text, range[0], t - 1) && holdsClause(text, t + 1, range[1]);
            }
        }
        return false;
    }

    /**
     * The words after a source and cue set off by commas mid-sentence ("It was, he said, one of his
     * worst failures"), when the parser read the cue as the complement of the words before it and
     * gave it none. {@link #aroundParenthetical} then grows it over the words before. Null unless a
     * clause-like run of words follows: not a participle, conjunction, relative or quotation.
     */
    static int[] afterParenthetical(AnnotatedText text, int source, int cueLast) {
        Sentence s = text.sentenceOf(cueLast);
        int first = source < 0 ? -1 : text.subtreeFirst(source);
        if (source < 0 || source > cueLast || first - 1 <= s.firstToken() || !text.word(first - 1).equals(",")
                || cueLast + 2 >= s.endToken() || !text.word(cueLast + 1).equals(",")) {
            return null;
        }
        String opener = text.pos(cueLast + 2);
        if (opener.equals("VBG") || opener.equals("CC") || opener.startsWith("W") || Quotations.MARKS.contains(text.word(cueLast + 2))) {
            return null;
        }
        return trimmed(text, new int[] {cueLast + 2, s.endToken() - 1});
    }

    /**
     * Whether {@code range} opens with a gerund that is its clause's subject ("Finding what is there
     * is not simple"), not an adverbial ("Giving a speech in Ohio"): a finite verb follows with no
     * comma before it.
     */
    private static boolean gerundSubject(AnnotatedText text, int[] range) {
        if (!text.pos(range[0]).equals("VBG")) {
            return false;
        }
        for (int t = range[0] + 1; t <= range[1] && !text.word(t).equals(","); t++) {
            if (FINITE_VERB_TAGS.contains(text.pos(t))) {
                return true;
            }
        }
        return false;
    }

    /** The tags of a comma, a closing quotation mark and a dash (which the tagger marks as a colon). */
    private static final Set<String> SET_OFF_TAGS = Set.of(",", "''", ":", "NFP");

    /** Whether token {@code t} is a comma, a closing quotation mark or a dash, which set a clause off. */
    private static boolean setOff(AnnotatedText text, int t) {
        return SET_OFF_TAGS.contains(text.pos(t)) && !text.word(t).equals(":");
    }

    /** Whether the tokens {@code first..last} hold a verb or a quotation mark. */
    private static boolean holdsVerb(AnnotatedText text, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (text.pos(t).startsWith("VB") || text.pos(t).equals("MD") || Quotations.MARKS.contains(text.word(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tokens {@code first..last} hold a finite verb, a sentence's root verb with its
     * subject (the tagger reads some past tenses as participles: "Members soured on him") or a
     * quotation mark.
     */
    private static boolean holdsClause(AnnotatedText text, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (FINITE_VERB_TAGS.contains(text.pos(t)) || Quotations.MARKS.contains(text.word(t))
                    || text.pos(t).startsWith("VB") && text.head(t) == AnnotatedText.ROOT && text.child(t, "nsubj") >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sullivan says he's satisfied …", "He said Putin has been a leader …": the parser made the
     * reported clause a predicate (xcomp) of the cue, its subject the cue's object. Null if none.
     */
    static int[] smallClause(AnnotatedText text, int v) {
        int xcomp = text.child(v, "xcomp");
        if (xcomp <= v || infinitive(text, xcomp)) {
            return null;
        }
        int obj = text.child(v, "obj");
        int first = text.child(xcomp, "nsubj") >= 0 || obj < 0 || obj > xcomp ? text.subtreeFirst(xcomp)
                : text.subtreeFirst(obj);
        return new int[] {first, text.subtreeLast(xcomp)};
    }

    /**
     * Whether {@code v} is an infinitive: one of its marks is "to" ("on Norland to stop" has two),
     * with no subject of the verb after it ("amounting to what the senators said …" is none).
     */
    static boolean infinitive(AnnotatedText text, int v) {
        int subject = text.child(v, "nsubj");
        for (int c : text.children(v)) {
            if (text.relation(c).equals("mark") && text.word(c).equalsIgnoreCase("to") && !(c < subject && subject < v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause {@code ccomp} after a cue that follows a quotation opens with the cue's
     * inverted speaker: in "“…,” said Mark Dubowitz, director of a group, a policy institute focused
     * on security" the parser read "focused" as a verb whose subject is the speaker.
     */
    private static boolean speakerAfterQuotation(AnnotatedText text, int v, int ccomp) {
        int subject = text.child(ccomp, "nsubj");
        return v > 0 && text.pos(v - 1).equals("''") && subject > v && text.subtreeFirst(subject) == v + 1;
    }

    /**
     * Whether a quotation that opens the sentence, closed by a comma, ends right before the cue
     * {@code v} and its subject: "“…,” Clinton told" (not a title: "On “Morning Talk,” Lind said").
     */
    private static boolean quotationBeforeSpeaker(AnnotatedText text, int v) {
        int subject = text.child(v, "nsubj");
        int first = subject >= 0 && subject < v ? text.subtreeFirst(subject) : v;
        int opening = first - 3;
        while (opening >= text.sentenceOf(v).firstToken() && !text.pos(opening).equals("``")) {
            opening--;
        }
        return first >= 2 && text.pos(first - 1).equals("''") && text.word(first - 2).equals(",")
                && opening == text.sentenceOf(v).firstToken();
    }

    /** Whether {@code v} is "seem" or "appear" governing a cue's infinitive, which holds it: "appeared to blame". */
    boolean raisesCue(AnnotatedText text, int v) {
        int xcomp = text.child(v, "xcomp");
        return RAISING_VERBS.contains(text.lemma(v)) && xcomp > v && infinitive(text, xcomp)
                && text.pos(xcomp).startsWith("VB") && cues.find(text.lemma(xcomp)).isPresent();
    }

    /** "… by saying …", "… by calling him …": the manner of the verb the participle hangs on. */
    static boolean participleAfterBy(AnnotatedText text, int v) {
        return text.pos(v).equals("VBG") && v > 0 && text.word(v - 1).equalsIgnoreCase("by");
    }

    /** Words of time before a participle that tell what else the speaker did: "… before claiming …", "… while noting …". */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("before", "after", "while");

    /** "… before claiming …", "… after saying …", "… while noting …": a participle of the speaker's own clause. */
    static boolean participleAfterTimeWord(AnnotatedText text, int v) {
        return text.pos(v).equals("VBG") && v > 0 && TIME_CONJUNCTIONS.contains(text.word(v - 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a verb of the cue lexicon with a subject: a reporting clause of its own. */
    private boolean reports(AnnotatedText text, int t) {
        return text.pos(t).startsWith("VB") && text.child(t, "nsubj") >= 0 && cues.find(text.lemma(t)).isPresent();
    }

    /** A present participle (gerund) with no subject of its own: "Lamenting their luck, …", "Citing a poll, …". */
    private static boolean subjectlessGerund(AnnotatedText text, int t) {
        return text.pos(t).equals("VBG") && text.child(t, "nsubj") < 0 && text.child(t, "aux") < 0;
    }

    /** "…, saying …", "…, adding …", "…, even suggesting …", "“…,” noting …" */
    static boolean participleAfterComma(AnnotatedText text, int v) {
        return setOffEnd(text, v) >= 0;
    }

    /**
     * The last token before the participle {@code v} and its adverbs when a comma sets it off: the
     * comma, or the closing quotation mark after it ("“…,” noting …"); -1 when {@code v} is no
     * participle set off so.
     */
    private static int setOffEnd(AnnotatedText text, int v) {
        int before = v - 1;
        while (before > 0 && text.pos(before).startsWith("RB")) {
            before--;
        }
        boolean closed = before > 0 && text.pos(before).equals("''") && text.word(before - 1).equals(",");
        boolean setOff = before >= 0 && (closed || text.word(before).equals(","));
        return text.pos(v).equals("VBG") && setOff ? before : -1;
    }

    /**
     * The end of a clausal complement: its subtree, cut before a coordinated clause with its own
     * subject and a reporting verb, which is a statement beside it ("… was discussed but they didn't
     * disclose …"), and grown over later dependents of the cue that continue it when the parser
     * attached them to the cue instead. A coordinated clause without a cue goes on with the report
     * ("she hopes to win, but she knows that …").
     */
    int clauseEnd(AnnotatedText text, int v, int ccomp) {
        int last = text.subtreeLast(ccomp);
        for (int c : text.children(ccomp)) {
            if (text.relation(c).equals("conj") && text.child(c, "nsubj") >= 0 && text.child(c, "mark") < 0
                    && holdsVerbCue(text, null, text.subtreeFirst(c), text.subtreeLast(c), true)) {
                last = Math.min(last, text.subtreeFirst(c) - 1);
            }
        }
        if (ccomp > v) {
            for (int c : text.children(v)) {
                if (c > last && (CONTINUATIONS.contains(text.relation(c)) && cues.find(text.lemma(c)).isEmpty()
                        || secondComplement(text, c))) {
                    last = text.subtreeLast(c);
                }
            }
        }
        return last;
    }

    /**
     * A word that stands in for a reported clause right after the cue ({@code after}): "so" ("doesn't
     * think so"), "as much" ("said as much") or "the same" with what it is said of ("said the same of
     * Dahl", "said the same thing"); null if none.
     */
    private static int[] proForm(AnnotatedText text, int after) {
        if (after + 1 >= text.sentenceOf(after - 1).endToken()) {
            return null;
        }
        String word = text.word(after).toLowerCase(Locale.ROOT);
        if (word.equals("so") && !text.pos(after + 1).startsWith("VB") && !text.pos(after + 1).startsWith("JJ")
                && !text.pos(after + 1).startsWith("RB") && !text.pos(after + 1).equals("DT")) {
            return new int[] {after, after}; // not "said so many times", "said so far", "said so the crews …"
        }
        if (DEMONSTRATIVES.contains(word) && text.pos(after).equals("DT") && "obj".equals(text.relation(after))) {
            return new int[] {after, after}; // "by the time he said that", "Lind knows this"
        }
        if (word.equals("as") && text.word(after + 1).equalsIgnoreCase("much")) {
            return new int[] {after, after + 1};
        }
        if (word.equals("the") && text.lemma(after + 1).equals("same")) {
            int head = text.head(after + 1) == after + 2 ? after + 2 : after + 1; // "the same thing"
            return new int[] {after, Math.max(head, text.subtreeLast(head))};
        }
        return null;
    }

    /**
     * Whether a cue that reports its object has one ("Dahl attacked the press"): then the clause the
     * parser set it beside is not what it reports ("Asked why he trailed, Dahl attacked the press").
     */
    private static boolean ownObject(AnnotatedText text, int v, CueEntry cue) {
        return cue.content() != CueContent.CLAUSE && objectContent(text, v, cue) != null;
    }

    /** "said the deal was dead, but that talks would go on": a that-clause the parser coordinated with the cue. */
    private static boolean secondComplement(AnnotatedText text, int c) {
        int mark = text.child(c, "mark");
        return text.relation(c).equals("conj") && mark >= 0 && text.word(mark).equalsIgnoreCase("that");
    }

    /**
     * "By then, Ms. Lind said, the talks had failed": a source and cue set off by commas inside the
     * clause they report. PolNeAR's content is then the whole host clause around them, so the content
     * found on one side of the cue ({@code [first, last]}, source and cue) grows over the other side
     * to the sentence's end. Unchanged when that side is the speaker's own ("…, he said, adding …",
     * "…, said the agency, which …"), opens a quotation (a split quotation is read elsewhere) or the
     * writer's narration ("…, lawmakers said, as they bristled at …"), or holds a cue of its own;
     * and, when that side quotes nothing, when the content is a whole quotation ("“…,” said Lind, on
     * her first day", "“We are ready,” Lind said, and soon …", "As boos rang out, the mayor said,
     * “Please quiet down.”"). A conjunction goes on with the content: "…, the agency said in a report,
     * and the bottom fifth paid …" (in train PolNeAR runs on over "…, X said, and …" 13 times in 16).
     */
    int[] aroundParenthetical(AnnotatedText text, Quotations quotes, int[] content, int first, int last) {
        Sentence s = text.sentenceOf(first);
        int end = last;
        while (end + 1 < s.endToken() && end - last < MAX_PARENTHETICAL_TAIL && !text.word(end + 1).equals(",")
                && (end + 1 < content[0] || end + 1 > content[1])) {
            end++; // "the senator said then,", "he said in an interview,"
        }
        int before = first - 1;
        if (before > s.firstToken() && Quotations.MARKS.contains(text.word(before))) {
            before--; // "“…,” he said, …"
        }
        if (before <= s.firstToken() || end + 2 >= s.endToken() || !text.word(before).equals(",")
                || !text.word(end + 1).equals(",")) {
            return content;
        }
        if (content[1] >= before - 1 && content[1] < first) {
            int from = end + 2;
            String opener = text.pos(from);
            boolean unquotedRest = !quotes.anyIn(text.begin(from), text.end(s.endToken() - 1));
            if (opener.equals("VBG") || opener.startsWith("W") || Quotations.MARKS.contains(text.word(from))
                    || text.lemma(from).equals("accord") || holdsVerbCue(text, quotes, from, s.endToken() - 1, true)
                    || NARRATING_OPENERS.contains(text.word(from).toLowerCase(Locale.ROOT))
                    || unquotedRest && wholeQuotation(text, quotes, content)) {
                return content;
            }
            int[] right = trimmed(text, new int[] {from, s.endToken() - 1});
            return right == null ? content : new int[] {relativeBefore(text, content[0], before - 1), right[1]};
        }
        if (content[0] > last && content[0] <= end + 3) {
            int to = before - 1;
            boolean unquotedStart = !quotes.anyIn(text.begin(s.firstToken()), text.end(to));
            if (holdsVerbCue(text, quotes, s.firstToken(), to, false) || !anyWord(text, s.firstToken(), to)
                    || unquotedStart && wholeQuotation(text, quotes, content)) {
                return content;
            }
            return new int[] {relativeBefore(text, s.firstToken(), to), content[1]};
        }
        return content;
    }

    /**
     * Where a clause that a parenthetical cue interrupts begins when the cue stands in a relative
     * clause set off by a comma: at its pronoun ("the fort, which, Dahl said, is crowded", "Berg,
     * who works for the port and, Lind said, has changed sides"). Else {@code first}.
     */
    private static int relativeBefore(AnnotatedText text, int first, int to) {
        for (int t = to; t > first; t--) {
            if (RELATIVE_PRONOUNS.contains(text.word(t).toLowerCase(Locale.ROOT)) && text.word(t - 1).equals(",")) {
                return t;
            }
        }
        return first;
    }

    /** The first token from {@code t} on that is no adverb, or {@code end}. */
    private static int pastAdverbs(AnnotatedText text, int t, int end) {
        while (t < end && text.pos(t).startsWith("RB")) {
            t++;
        }
        return t;
    }

    /** Words that open the writer's narration after a parenthetical cue: "…, lawmakers said, as they bristled at …". */
    private static final Set<String> NARRATING_OPENERS = Set.of("as", "while", "after", "before", "when", "even");

    /** Whether {@code content} is one quotation, marks included: a speech complete in itself. */
    private static boolean wholeQuotation(AnnotatedText text, Quotations quotes, int[] content) {
        int q = quotes.containing(text.begin(content[0]), text.end(content[1]));
        return q >= 0 && text.tokenAt(quotes.start(q)) >= content[0] - 1 && text.tokenAt(quotes.end(q) - 1) <= content[1] + 2;
    }

    /**
     * Whether a reporting verb outside a quotation lies in {@code from..to}; any, when {@code quotes}
     * is null. Without {@code infinitives}, one after "to" does not count: "To understand the case,
     * Lind said, …" reports nothing before the comma.
     */
    private boolean holdsVerbCue(AnnotatedText text, Quotations quotes, int from, int to, boolean infinitives) {
        for (int t = from; t <= to; t++) {
            if (text.pos(t).startsWith("VB") && cues.find(text.lemma(t)).isPresent()
                    && (infinitives || !(text.pos(t).equals("VB") && t > from && text.pos(t - 1).equals("TO")))
                    && (quotes == null || quotes.containing(text.begin(t), text.end(t)) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word, not only punctuation, lies in {@code from..to}. */
    static boolean anyWord(AnnotatedText text, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (Character.isLetterOrDigit(text.word(t).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A content never runs on into "…, saying …" of its own speaker's clause, nor into a cue
     * coordinated after it ("… and urged him to resign", "… but did not suggest it would be him",
     * "… and he does believe the board is right"): that is a statement of its own, beside this one.
     */
    int[] cutAtParticipleCue(AnnotatedText text, int[] range) {
        for (int t = range[0] + 1; t <= range[1]; t++) {
            int end = setOffEnd(text, t);
            if (end > range[0] && cues.find(text.lemma(t)).isPresent()) {
                return new int[] {range[0], text.word(end).equals(",") ? end - 1 : end};
            }
            if (t - 1 > range[0] && participleAfterTimeWord(text, t) && cues.find(text.lemma(t)).isPresent()) {
                return new int[] {range[0], t - 2};
            }
            int first = t;
            while (first - 1 > range[0] && text.head(first - 1) == t
                    && (text.relation(first - 1).startsWith("aux") || text.relation(first - 1).equals("advmod")
                        || text.relation(first - 1).equals("nsubj") && text.pos(first - 1).equals("PRP"))) {
                first--; // "but did not suggest", "but he also noted"
            }
            String before = text.word(first - 1).toLowerCase(Locale.ROOT);
            if (!text.pos(t).startsWith("VB") || !cues.verbCueAt(text, t)) {
                continue;
            }
            if ("conj".equals(text.relation(t)) && COORDINATORS.contains(before)) {
                return new int[] {range[0], first - 1};
            }
            int last = first - 2 > range[0] && text.word(first - 2).equalsIgnoreCase("even") ? first - 3 : first - 2;
            if ("advcl".equals(text.relation(t)) && CONCESSIVES.contains(before) && hasSubject(text, t)
                    && text.subtreeLast(t) >= range[1] && holdsVerb(text, range[0], last)) {
                return new int[] {range[0], last}; // "…, though she noted …", "… even though he found …"
            }
        }
        return range;
    }

    /** The part of {@code [first, last]} on one side of the cue, so that the cue never sits in its content. */
    static int[] outside(AnnotatedText text, int v, int first, int last, boolean after) {
        return after ? new int[] {Math.max(first, v + 1), last} : new int[] {first, Math.min(last, v - 1)};
    }

    /**
     * "As the agency reported, the talks had failed", "The harbour, as Lind put it, is the heart of
     * the town": a cue in an "as" clause set off by a comma reports the clause it hangs on. The
     * content is that clause without the "as" clause when this opens or closes it, else the whole
     * clause around it. Null for a cue in no such clause, and for "seem" and "appear", which report
     * nothing there.
     */
    static int[] hostOfAsClause(AnnotatedText text, int v) {
        int mark = text.child(v, "mark");
        int host = text.head(v);
        if (mark < 0 || mark != text.subtreeFirst(v) || !text.word(mark).equalsIgnoreCase("as") || host < 0
                || RAISING_VERBS.contains(text.lemma(v)) // "as improbable as it may seem"
                || !Set.of("advcl", "dep").contains(text.relation(v))) {
            return null;
        }
        int asLast = text.subtreeLast(v);
        while (text.subtreeLast(host) <= asLast + 1 && text.head(host) >= 0) {
            host = text.head(host); // "The harbour, as Lind put it, is …": the parser hung the clause on the subject
        }
        int first = text.subtreeFirst(host);
        int last = text.subtreeLast(host);
        boolean commaBefore = mark > first && text.word(mark - 1).equals(",");
        boolean commaAfter = asLast < last && text.word(asLast + 1).equals(",");
        if (!commaBefore && !commaAfter) {
            return null; // "… as Lind said she would": no parenthetical
        }
        if (mark == first) {
            first = asLast + 1;
        } else if (asLast == last || asLast + 1 == last && text.pos(last).equals(".")) {
            last = mark - 1;
        }
        return trimmed(text, new int[] {first, last});
    }

    /** The one proper noun that {@code range} holds apart from punctuation, or null. */
    private static int[] singleName(AnnotatedText text, int[] range) {
        int name = -1;
        for (int t = range[0]; t <= range[1]; t++) {
            if (Character.isLetterOrDigit(text.word(t).charAt(0))) {
                if (name >= 0 || !text.pos(t).startsWith("NNP")) {
                    return null;
                }
                name = t;
            }
        }
        return name < 0 ? null : new int[] {name, name};
    }

    /** Drops punctuation (but not quotation marks) at both ends; null when fewer than two words remain. */
    static int[] trimmed(AnnotatedText text, int[] range) {
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

    static boolean isTrimmable(AnnotatedText text, int t) {
        String w = text.word(t);
        return (w.length() == 1 && ",.;:—–-".indexOf(w.charAt(0)) >= 0) || w.equals("and") || w.equals("but");
    }

    /** The content's characters, and whether it is a quotation split by its cue ("“A,” she said. “B.”"). */
    record ContentChars(int start, int end, boolean split) {
    }

    /**
     * Character range of the content, grown to hold every quotation it touches, except one that
     * holds the cue. A content before the cue runs on through a quotation that opens later in the same
     * paragraph, with no speaker of its own ("“A,” she said, clapping. “B.”", "A, she said. “B.”"):
     * where no other cue follows in the paragraph, PolNeAR's content does so 1,247 times in 1,280
     * (840 train articles). A reported clause after its speaker and cue runs on likewise through a
     * quotation that makes the next sentence ({@link #quotationAfterSentence}).
     */
    ContentChars contentChars(AnnotatedText text, Quotations quotes, FoundStatement f) {
        int start = text.begin(f.contentFirst());
        int end = text.end(f.contentLast());
        int cueStart = text.begin(f.cueFirst());
        int cueEnd = text.end(f.cueLast());
        for (int q = 0; q < quotes.size(); q++) {
            if (quotes.start(q) < end && start < quotes.end(q)) {
                int s = Math.min(start, quotes.start(q));
                int e = Math.max(end, quotes.end(q));
                if (!(quotes.start(q) < cueEnd && cueStart < quotes.end(q))) { // never a quotation holding the cue
                    start = s;
                    end = e;
                }
            }
        }
        if (start >= cueEnd && quotes.overlapping(start, start + 1) < 0 && speakerAndFiniteCue(text, f)) {
            return new ContentChars(start, quotationAfterSentence(text, quotes, end), false);
        }
        int speakerStart = f.sourceHead() >= 0 && f.sourceFirst() < f.cueFirst() ? text.begin(f.sourceFirst()) : cueStart;
        if (end > cueStart || !onlySeparators(text.text(), end, Math.min(cueStart, speakerStart))) {
            return new ContentChars(start, end, false);
        }
        int after = Math.max(cueEnd, f.sourceHead() > f.cueLast() ? text.end(f.sourceLast()) : cueEnd);
        int next = quotes.overlapping(after, text.text().length());
        if (next >= 0 && quotes.start(next) >= after && closesSentence(text, quotes, next, f.cueLast())) {
            after = quotes.end(next); // a title that ends the cue's sentence: "said on the show “Port Talk.” “B.”"
            next = quotes.overlapping(after, text.text().length());
        }
        // A quotation that began before the cue's clause ended holds the cue: nothing runs on into it.
        if (next < 0 || quotes.start(next) < after || !continuesQuotation(text, quotes, after, next)) {
            return new ContentChars(start, end, false);
        }
        boolean quoted = quotes.overlapping(start, start + 1) >= 0;
        end = quotes.end(next);
        for (int n = next + 1; n < quotes.size() && quotes.start(n) >= end
                && Spaces.isBlank(text.text(), end, quotes.start(n))
                && text.text().substring(end, quotes.start(n)).indexOf('\n') < 0; n++) {
            end = quotes.end(n);
        }
        return new ContentChars(start, end, quoted);
    }

    /**
     * Whether the speaker comes before a cue that is a finite verb outside a modifier clause ("Dahl
     * said", "Lind has told"), not a participle, an infinitive, a noun or a relative clause's verb.
     */
    private static boolean speakerAndFiniteCue(AnnotatedText text, FoundStatement f) {
        if (f.sourceHead() < 0 || f.sourceFirst() >= f.cueFirst()) {
            return false;
        }
        for (int t = f.cueFirst(); t <= f.cueLast(); t++) {
            String relation = text.relation(t);
            if (FINITE_VERB_TAGS.contains(text.pos(t)) && !relation.startsWith("acl") && !relation.equals("advcl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a content after its cue ends: at {@code end}, or, when it ends its sentence and the next
     * sentence of the paragraph is a quotation with no speaker of its own, at that quotation's end
     * ("Dahl said the fares were fair. “Nobody pays more than in Oslo.”"; in train this gains 9
     * matches for 7 predictions, where a text-level trial without the speaker and verb tests lost).
     */
    private int quotationAfterSentence(AnnotatedText text, Quotations quotes, int end) {
        int next = quotes.overlapping(end, text.text().length());
        if (next < 0 || quotes.start(next) < end
                || !Spaces.strip(text.text().substring(end, quotes.start(next))).matches("[.!?]+")
                || !continuesQuotation(text, quotes, end, next)) {
            return end;
        }
        return quotes.end(next);
    }

    /**
     * Whether quotation {@code q} is a name that ends the sentence of token {@code cue}, opening
     * within it after a word, not after punctuation ("said on Fox News’s “Fox and Friends.”").
     */
    private static boolean closesSentence(AnnotatedText text, Quotations quotes, int q, int cue) {
        Sentence s = text.sentenceOf(cue);
        int first = text.tokenAt(quotes.start(q));
        String before = Spaces.strip(text.text().substring(text.end(cue), quotes.start(q)));
        return first > cue && first < s.endToken() && !before.isEmpty()
                && ".,:;".indexOf(before.charAt(before.length() - 1)) < 0 && text.end(s.endToken() - 1) <= quotes.end(q) + 1;
    }

    /**
     * Whether quotation {@code q}, opening after a cue's clause that ends at {@code from}, goes on
     * with the cue's content: it opens in the same paragraph, the words before it end in
     * punctuation, and no other reporting verb stands between it and the cue's sentence or follows
     * it in its own ("said, clapping. “B.”" and "said, emphasizing that …. “B.”" yes: the cue's
     * sentence is its own, as PolNeAR reads it; ", adding later, “B”", ", but Kevin was drifting off,
     * and “B”" or "said. “B,” Lind added." no).
     */
    boolean continuesQuotation(AnnotatedText text, Quotations quotes, int from, int q) {
        String gap = text.text().substring(from, quotes.start(q));
        String words = Spaces.strip(gap);
        if (gap.indexOf('\n') >= 0 || !words.isEmpty() && ".,:;".indexOf(words.charAt(words.length() - 1)) < 0) {
            return false;
        }
        int sentenceEnd = text.sentenceOf(text.tokenAt(quotes.end(q) - 1)).endToken();
        int first = text.tokenAt(from);
        if (first >= 0 && text.tokenAt(quotes.start(q)) >= text.sentenceOf(first).endToken()) {
            first = text.sentenceOf(first).endToken(); // the rest of the cue's own sentence is its ("she said of the vote, which she saw as a win. “B.”")
        }
        for (int t = first; t >= 0 && t < sentenceEnd; t++) {
            boolean inQuote = text.begin(t) >= quotes.start(q) && text.end(t) <= quotes.end(q);
            boolean reduced = text.pos(t).equals("VBN") && text.child(t, "aux") < 0 && text.child(t, "aux:pass") < 0;
            if (!inQuote && text.pos(t).startsWith("VB") && !reduced && cues.find(text.lemma(t)).isPresent()) {
                return false; // a reporting verb of its own, but not a reduced passive ("… she said when asked. “B.”")
            }
        }
        return true;
    }

    static StatementForm form(Quotations quotes, ContentChars content) {
        if (!quotes.anyIn(content.start(), content.end())) {
            return StatementForm.INDIRECT;
        }
        int q = quotes.containing(content.start(), content.end());
        boolean quoted = content.split() || (q >= 0 && quotes.start(q) == content.start());
        return quoted ? StatementForm.DIRECT : StatementForm.MIXED;
    }
}
