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
import java.util.Locale;
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
 * A content that touches a quotation grows to hold all of it, so multi-sentence quotes stay whole,
 * and a statement that ends its paragraph runs on through the quotation-only paragraphs after it.
 * A statement whose cue lies inside another's content is nested in it ({@code parent}).
 * Thread-safe.
 */
public final class StatementFinder {

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP");
    /** What the parser makes of a speaker after the cue when it misses the inversion ("said Ann Lee"). */
    private static final Set<String> MISREAD_INVERTED_SPEAKER = Set.of("obj", "xcomp", "dep", "iobj");

    private final CueLexicon cues;
    private final ContentFinder contents;

    public StatementFinder(CueLexicon cues) {
        this.cues = cues;
        this.contents = new ContentFinder(cues);
    }

    public List<Statement> find(AnnotatedText text, DocumentActors actors, List<TimeRef> times) {
        Quotations quotes = Quotations.in(text.text());
        List<FoundStatement> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.parsed()) {
                findIn(text, quotes, sentence, found);
            }
        }
        SignedStatements.findLabelled(text, found);
        PollPhrases.find(text, found);
        ColonQuotations.find(text, quotes, found);
        found = endContents(text, quotes, found);
        found.sort(Comparator.comparingInt(FoundStatement::cueFirst));

        int[] cueStarts = found.stream().mapToInt(f -> text.begin(f.cueFirst())).toArray();
        List<String> speakers = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (FoundStatement f : found) {
            Mention speaker = enclosingSpeaker(text, f, statements);
            speaker = speaker != null ? speaker : speaker(text, actors, f, speakers);
            if (speaker != null) {
                speakers.add(speaker.actor());
            }
            ContentFinder.ContentChars content = contents.contentChars(text, quotes, f);
            Span cueSpan = Span.of(text.text(), text.begin(f.cueFirst()), text.end(f.cueLast()));
            int statementEnd = Math.max(content.end(), f.sourceLast() < 0 ? cueSpan.end() : Math.max(cueSpan.end(), text.end(f.sourceLast())));
            Span contentSpan = Span.of(text.text(), content.start(),
                    QuotedParagraphs.continuedEnd(text.text(), quotes, cueStarts, statementEnd, content.end()));
            statements.add(new Statement("s" + (statements.size() + 1), speaker, new Cue(cueSpan, f.cue().lemma()),
                    contentSpan, ContentFinder.form(quotes, content), time(text, times, f),
                    confidence(text, f, speaker), null));
        }
        return nest(statements);
    }

    private void findIn(AnnotatedText text, Quotations quotes, Sentence sentence, List<FoundStatement> found) {
        List<String> lemmas = new ArrayList<>(sentence.size());
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            lemmas.add(text.lemma(t));
        }
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Optional<CueEntry> cue = cues.findAt(lemmas, t - sentence.firstToken(), text.pos(t).startsWith("NN"));
            if (cue.isEmpty() || quotes.containing(text.begin(t), text.end(t)) >= 0) {
                continue; // a cue inside a quotation is the quoted speaker's own words ("I think …")
            }
            if (cue.get().lemma().equals("accord to")) {
                according(text, t, cue.get()).ifPresent(found::add);
            } else if (text.pos(t).startsWith("VB") || text.pos(t).startsWith("JJ") && text.child(t, "cop") >= 0) {
                // a verb, or an adjective after "be", read as one: "has been critical of", "is confident that"
                Optional<FoundStatement> statement = asReported(text, t, cue.get());
                (statement.isPresent() ? statement : verbCue(text, quotes, t, cue.get())).ifPresent(found::add);
            } else if (text.pos(t).startsWith("NN")) {
                nominalCue(text, quotes, t, cue.get()).ifPresent(found::add);
            } else if (CueLexicon.isAdverb(text.lemma(t), text.pos(t))) {
                reportedClause(text, t, cue.get()).ifPresent(found::add);
            }
        }
    }

    private Optional<FoundStatement> verbCue(AnnotatedText text, Quotations quotes, int v, CueEntry cue) {
        if (contents.raisesCue(text, v)) {
            return Optional.empty(); // "Dahl appeared to blame the crews": the cue is "appeared to blame"
        }
        if (imperative(text, v)) {
            return Optional.empty(); // "Say the ferry stops", "Let's say you think …", "Now tell us …": the writer's address
        }
        if (writersAside(text, v)) {
            return Optional.empty(); // "That said, …", "It goes without saying that …": the writer's aside
        }
        if (participleReadAsAdjective(text, v)) {
            return Optional.empty(); // "the pledged delegates", "documented instances of fraud are rare"
        }
        if (otherPhrasalVerb(text, v, cue)) {
            return Optional.empty(); // "the council backed out", "the mayor showed up": another verb
        }
        if (reasonOfCue(text, v)) {
            return Optional.empty(); // "praised Berg for showing courage": the reason, inside the praise's content
        }
        int cueFirst = v;
        while (cueFirst - 1 >= 0 && text.head(cueFirst - 1) == v && isCueModifier(text, cueFirst - 1)) {
            cueFirst--;
        }
        int modifiersFirst = cueFirst;
        cueFirst = phaseVerbBefore(text, v, cueFirst);
        int led = personLed(text, v);
        if (cueFirst == modifiersFirst && ContentFinder.infinitive(text, v) && !thatClause(text, v)
                && !givenInfinitive(text, v) && led < 0) {
            // "came to talk about the border", "is likely to attack Lind", "declined to assail him": an
            // infinitive tells of speech wanted, expected or refused, not given (PolNeAR marks 24 % of
            // them in train); unless a phase verb leads the cue ("went on to discuss"), it has a
            // that-clause ("was quick to point out that …", 40 %) or is one PolNeAR marks more often
            return Optional.empty();
        }
        int issuer = statementIssued(text, v);
        cueFirst = issuer >= 0 ? issuer : cueFirst;
        int cueLast = v + cue.lemmas().size() - 1;
        if (cueLast + 1 < text.sentenceOf(v).endToken() && text.head(cueLast + 1) == v && mannerAdverb(text, cueLast + 1)) {
            cueLast++; // "said sarcastically", "complained bitterly", "said later"
        }
        if (cueLast + 1 < text.sentenceOf(v).endToken() && text.word(cueLast + 1).equals(":")) {
            cueLast++; // "said:" — the colon is part of the cue
        }
        FoundStatement split = cue.content() == CueContent.CLAUSE ? splitClause(text, quotes, cueFirst, cueLast, cue) : null;
        if (split != null) {
            return Optional.of(split);
        }
        int[] evidential = contents.evidentialClause(text, v);
        if (evidential != null) {
            return Optional.of(new FoundStatement(cueFirst, cueLast, cue, evidential[0], evidential[1], -1, -1, -1, -1));
        }
        boolean ownSubjectMissing = SourceFinder.nearestSubject(text, v) < 0 && text.child(v, "nsubj:pass") < 0
                && text.child(v, "aux:pass") < 0 && !text.pos(v).equals("VBG");
        int source = ownSubjectMissing ? SourceFinder.nounPhraseAfterComma(text, cueFirst) : -1; // "…, the Bergen Post reported."
        source = source < 0 ? SourceFinder.subject(text, v, 3) : source;
        source = led >= 0 ? led : source; // "the vote led Lind to declare …": Lind speaks
        boolean inverted = source >= 0 && text.head(source) != v && misreadInvertedCue(text, v, cueFirst, cueLast);
        if (inverted) {
            source = -1; // "…, and the meeting deteriorated, said one GOP source": the speaker follows the cue
        }
        if (issuer >= 0) {
            source = SourceFinder.nearestSubject(text, issuer); // "the ministry issued a statement saying …"
        }
        if (source < 0 && cueFirst < v && text.head(v) >= cueFirst) {
            source = SourceFinder.subject(text, text.head(v), 2); // "Lind went on to explain …": the phase verb's subject
        }
        if (source >= 0 && source < v && quotes.containing(text.begin(source), text.end(source)) >= 0) {
            source = -1; // "“Full panic mode,” said Ann Lee": the parser made the quotation the subject
        }
        boolean participle = ContentFinder.participleAfterComma(text, v) || ContentFinder.participleAfterBy(text, v)
                || ContentFinder.participleAfterTimeWord(text, v);
        int rootSubject = SourceFinder.rootSubject(text, v);
        if (participle && rootSubject >= 0 && quotes.containing(text.begin(rootSubject), text.end(rootSubject)) < 0) {
            // "X brushed aside claims that Y did Z, saying …", "X began by saying …": the participle
            // belongs to the main clause (but not to one quoted: "“You …,” she said, adding …")
            source = rootSubject;
        }
        int[] content;
        int agent = SourceFinder.passiveAgent(text, v);
        if (agent >= 0 && text.child(v, "ccomp") < 0) {
            // "X has been endorsed by Y": Y is the source, X what is said about
            int subject = text.child(v, "nsubj:pass");
            content = new int[] {text.subtreeFirst(subject), text.subtreeLast(subject)};
            source = agent;
            cueLast = text.child(agent, "case"); // "endorsed by"
        } else {
            content = contents.content(text, v, cue);
        }
        if (content != null && cue.lemma().equals("continue") && goesOn(text, quotes, cueLast, content)) {
            return Optional.empty(); // "continues to battle the nominee", "continued his tour": no speech
        }
        if (bareParticiple(text, v, source)) {
            // "…, the group said, compared with $2,700", "rated 22% “entirely true” compared to 11%":
            // a participle with neither subject nor auxiliary modifies a phrase, it reports nothing beside it
            return content == null ? Optional.empty()
                    : Optional.of(new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], -1, -1, -1, -1));
        }
        if (content == null) {
            content = ContentFinder.adjacentQuotation(text, quotes, cueFirst, cueLast, source);
        }
        content = content == null ? QuotedParagraphs.introducedParagraph(text, cueLast) : content;
        content = content == null ? ContentFinder.hostOfAsClause(text, v) : content;
        int clauseStart = source >= 0 && source < cueFirst ? text.subtreeFirst(source) : cueFirst;
        int[] beforeComma = ContentFinder.clauseBeforeComma(text, clauseStart, cueLast);
        if (content == null || beforeComma != null && content[1] < cueFirst && beforeComma[0] <= content[0]
                && beforeComma[1] >= content[1] && beforeComma[1] - beforeComma[0] > content[1] - content[0]) {
            // "…, a source said": the whole clause before the comma, however the parser split it (also when
            // it cut the clause short and kept its start: "However, growth is being offset by …, the IMF said")
            content = beforeComma;
        }
        int invertedSpeaker = inverted ? invertedSpeaker(text, v, cueLast) : -1;
        if (invertedSpeaker >= 0 && (content == null || content[1] < cueFirst)) {
            // "In Lund, the plant is hanging on, said its chief": all before the comma, adverbial opener too,
            // and on after the speaker: "Lind lacks in looks, said Howard, but her politics do not make up for it"
            Sentence sentence = text.sentenceOf(v);
            int speakerLast = text.subtreeLast(invertedSpeaker);
            boolean runsOn = speakerLast + 1 < sentence.endToken() && text.word(speakerLast + 1).equals(",")
                    && ContentFinder.anyWord(text, speakerLast + 2, sentence.endToken() - 1);
            content = ContentFinder.trimmed(text, new int[] {sentence.firstToken(), runsOn ? sentence.endToken() - 1 : cueFirst - 2});
            source = invertedSpeaker;
        }
        if (content == null && cue.content() == CueContent.CLAUSE) {
            content = ContentFinder.afterParenthetical(text, source, cueLast); // "It was, he said, a failure": misparsed
        }
        if (content == null || content[1] < cueFirst && PHASE_VERBS.contains(cue.lemma())
                && !quotes.anyIn(text.begin(content[0]), text.end(content[1]))) {
            return Optional.empty(); // "Her visa was valid, so she continued to renew it": only a quotation goes on
        }
        if (content[1] < cueFirst && participleOfNoun(text, v)) {
            return Optional.empty(); // "The ads come from Our PAC, a group aimed at …": the clause is no one's report
        }
        if (source >= 0 && source >= content[0] && source <= content[1] && !(v >= content[0] && v <= content[1])) {
            source = -1; // a subject inside the content belongs to it, unless the cue is inside too ("which officials said …")
        }
        if (source < 0 && content[1] < cueFirst) {
            source = invertedSpeaker(text, v, cueLast);
        }
        int speakerHead = source;
        if (source >= 0 && ContentFinder.RELATIVE_TAGS.contains(text.pos(source)) && "acl:relcl".equals(text.relation(v))) {
            if (content[1] < source) {
                return Optional.empty(); // "… fodder to rivals such as Dahl, who mused …": the host clause is not what he said
            }
            speakerHead = text.head(v); // "Kirby, who said …": the span is "who", the speaker Kirby
        }
        int[] span = source < 0 ? new int[] {-1, -1} : SourceFinder.sourceSpan(text, quotes, source, cueFirst, cueLast, content);
        if (source >= 0 && !participle) { // "…,” Lind said, adding, “…”" is no parenthetical
            content = contents.aroundParenthetical(text, quotes, content, Math.min(cueFirst, span[0]), Math.max(cueLast, span[1]));
        }
        return Optional.of(new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], span[0], span[1], source,
                speakerHead));
    }

    /** A noun that reports what someone says: see {@link NominalCues}. */
    private Optional<FoundStatement> nominalCue(AnnotatedText text, Quotations quotes, int n, CueEntry cue) {
        return Optional.ofNullable(NominalCues.find(text, quotes, contents, cues, n, cue));
    }

    /**
     * "Dahl is reportedly leaving": an adverb marks the clause it modifies as reported, which is the
     * content, the adverb inside, and names no source. A cue verb it modifies takes it in instead
     * ("reportedly said").
     */
    private Optional<FoundStatement> reportedClause(AnnotatedText text, int adverb, CueEntry cue) {
        int h = text.head(adverb);
        if (h < 0 || !"advmod".equals(text.relation(adverb)) || text.pos(h).startsWith("VB") && cues.find(text.lemma(h)).isPresent()) {
            return Optional.empty();
        }
        int[] clause = ContentFinder.trimmed(text, new int[] {text.subtreeFirst(h), text.subtreeLast(h)});
        return Optional.ofNullable(clause)
                .map(c -> new FoundStatement(adverb, adverb, cue, c[0], c[1], -1, -1, -1, -1));
    }

    /** "According to X, …" or "…, according to X." */
    private static Optional<FoundStatement> according(AnnotatedText text, int t, CueEntry cue) {
        int x = text.head(t);
        if (x < 0 || !"case".equals(text.relation(t))) {
            return Optional.empty();
        }
        int main = text.head(x);
        Sentence sentence = text.sentenceOf(t);
        int phraseFirst = t;
        int phraseLast = main < 0 ? phraseEnd(text, sentence, t) : text.subtreeLast(x);
        int[] range;
        if (ContentFinder.opensSentence(text, sentence, phraseFirst)) {
            range = new int[] {phraseLast + 1, sentence.endToken() - 1};
        } else if (closesSentence(text, sentence, phraseLast)) {
            range = new int[] {sentence.firstToken(), phraseFirst - 1};
        } else if (text.word(phraseFirst - 1).equals(",") && text.word(phraseLast + 1).equals(",")) {
            // "Fundraising, according to the campaign, has surged": PolNeAR's content is the whole sentence
            range = new int[] {sentence.firstToken(), sentence.endToken() - 1};
        } else if (main < 0) {
            return Optional.empty();
        } else {
            range = phraseFirst <= text.subtreeFirst(main)
                    ? new int[] {phraseLast + 1, text.subtreeLast(main)}
                    : new int[] {text.subtreeFirst(main), phraseFirst - 1};
        }
        int[] content = demonstrativeIs(text, range) ? new int[] {range[0], range[0]} : ContentFinder.trimmed(text, range);
        if (content == null) {
            return Optional.empty();
        }
        // the whole phrase: "according to a statement from the foreign ministry" names the ministry
        // "according to a statement from the foreign ministry": the ministry speaks
        int speaker = x;
        for (int c : text.children(x)) {
            int preposition = text.child(c, "case");
            if (c > x && text.relation(c).startsWith("nmod") && preposition >= 0
                    && Set.of("from", "by").contains(text.word(preposition).toLowerCase(Locale.ROOT))) {
                speaker = c;
                break;
            }
        }
        return Optional.of(new FoundStatement(t, t + 1, cue, content[0], content[1], t + 2, phraseLast, x, speaker));
    }

    /**
     * Whether {@code range} is "That is" / "That's", whose pronoun stands for what precedes: "That's
     * according to the filings" reports "That". The tagger reads the curly "That’s" as a possessive.
     */
    private static boolean demonstrativeIs(AnnotatedText text, int[] range) {
        return range[1] == range[0] + 1 && ContentFinder.DEMONSTRATIVES.contains(text.word(range[0]).toLowerCase(Locale.ROOT))
                && (text.lemma(range[1]).equals("be") || text.word(range[1]).equals("’s"));
    }

    /** Prepositions that name the source after a participle cue: "as reported by the Post", "as stated in her column". */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("by", "in");

    /**
     * "As reported by the Post, …", "…, as first reported by the Post.": a participle cue after "as"
     * that opens or closes the sentence reports the rest of it, as "according to" does, whatever the
     * parser made of the phrase (it often reads "as reported by" as prepositions of "the Post"). The
     * source is the noun phrase after "by" or "in"; the phrase ends at a comma or the sentence's end.
     */
    private static Optional<FoundStatement> asReported(AnnotatedText text, int v, CueEntry cue) {
        Sentence sentence = text.sentenceOf(v);
        boolean adverb = v - 1 > sentence.firstToken()
                && (text.pos(v - 1).startsWith("RB") || text.word(v - 1).equalsIgnoreCase("first"));
        int cueFirst = adverb ? v - 1 : v; // "as first reported", "as previously reported"
        int as = cueFirst - 1;
        int preposition = v + 1;
        if (!text.pos(v).equals("VBN") || as < sentence.firstToken() || !text.word(as).equalsIgnoreCase("as")
                || preposition + 1 >= sentence.endToken()
                || !SOURCE_PREPOSITIONS.contains(text.word(preposition).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int sourceLast = preposition;
        while (sourceLast + 1 < sentence.endToken() && SourceFinder.NOUN_PHRASE_TAGS.contains(text.pos(sourceLast + 1))) {
            sourceLast++;
        }
        int phraseLast = sourceLast;
        while (phraseLast + 1 < sentence.endToken() && !text.word(phraseLast + 1).equals(",")
                && !text.pos(phraseLast + 1).equals(".")) {
            phraseLast++;
        }
        int[] range;
        if (ContentFinder.opensSentence(text, sentence, as) && text.word(phraseLast + 1).equals(",")) {
            range = new int[] {phraseLast + 2, sentence.endToken() - 1};
        } else if (closesSentence(text, sentence, phraseLast) && text.word(as - 1).equals(",")) {
            range = new int[] {sentence.firstToken(), as - 2};
        } else {
            return Optional.empty();
        }
        int[] content = ContentFinder.trimmed(text, range);
        if (content == null || sourceLast == preposition || !text.pos(sourceLast).startsWith("NN")) {
            return Optional.empty();
        }
        return Optional.of(new FoundStatement(cueFirst, v, cue, content[0], content[1], preposition + 1, sourceLast,
                sourceLast, sourceLast));
    }

    /**
     * Where an "according to" phrase the parser made the sentence's root ends: before the first
     * comma after it ("According to the officer, the scene is untrue"), else before the closing
     * punctuation.
     */
    private static int phraseEnd(AnnotatedText text, Sentence sentence, int t) {
        int last = sentence.endToken() - 1;
        for (int c = t + 2; c < last; c++) {
            if (text.word(c).equals(",")) {
                return c - 1;
            }
        }
        while (last > t + 2 && !Character.isLetterOrDigit(text.word(last).charAt(0))) {
            last--;
        }
        return last;
    }

    /** Whether only closing punctuation follows {@code last} in its sentence: "…, according to X." */
    private static boolean closesSentence(AnnotatedText text, Sentence sentence, int last) {
        for (int t = last + 1; t < sentence.endToken(); t++) {
            if (!text.pos(t).equals(".") && !text.pos(t).equals("''") && !text.pos(t).equals("-RRB-")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The statements, each content cut before a cue that reports beside it rather than inside it:
     * an "according to" phrase that ends the content ("X said Y, according to Z": Z reports X's
     * statement, which is then nested in Z's), a participle after a comma, which adds a statement
     * of the same speaker ("X mocked the complaint, saying …"), and a second speaker's statement ("X
     * said A, while Y said B"); and before the writer's gloss that closes it ("…, a charge Lind
     * denied").
     */
    private static List<FoundStatement> endContents(AnnotatedText text, Quotations quotes, List<FoundStatement> found) {
        List<FoundStatement> cut = new ArrayList<>(found.size());
        for (FoundStatement f : found) {
            int last = f.contentLast();
            for (FoundStatement g : found) {
                int beside = g != f && g.cueFirst() > f.contentFirst() && g.cueFirst() <= last ? besideFrom(text, f, g) : -1;
                if (beside > f.contentFirst()) {
                    last = Math.min(last, beside - 1);
                }
            }
            last = ContentFinder.beforeTrailingGloss(text, quotes, f.contentFirst(), last);
            last = ContentFinder.beforeOccasion(text, quotes, f.contentFirst(), last);
            int[] content = last == f.contentLast() ? null : ContentFinder.trimmed(text, new int[] {f.contentFirst(), last});
            cut.add(content == null ? f : f.withContent(content[0], content[1]));
        }
        return cut;
    }

    /** Words that open a second speaker's statement after a comma: "X said A, while Y said B". */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "although", "though");

    /**
     * Where {@code g}, whose cue lies in {@code f}'s content, starts when it reports beside {@code f}
     * rather than inside it, -1 when it does not: an "according to" phrase ending it, a participle
     * after a comma, a second speaker's clause the parser set beside the content as parataxis
     * ("a poll found that most trust the crews, 41 percent of them say …"), a main clause's speaker
     * after an opening participle ("Tweeting the nickname, his son said …"), or a second speaker
     * after a comma and "while", "but" ….
     */
    private static int besideFrom(AnnotatedText text, FoundStatement f, FoundStatement g) {
        int v = g.cueFirst();
        if (g.cue().lemma().equals("accord to")) {
            return g.sourceLast() >= f.contentLast() ? v : -1;
        }
        if (v > f.cueLast() && (ContentFinder.participleAfterComma(text, v) || ContentFinder.participleAfterComma(text, g.cueLast()))) {
            // "…, pointing to …", "… issued a statement, saying …"
            return v;
        }
        boolean ownSource = g.sourceFirst() > f.cueLast() && g.sourceFirst() < v;
        if (ownSource && text.relation(text.head(g.sourceHead())).equals("parataxis")) {
            return g.sourceFirst();
        }
        if (ownSource && openingParticiple(text, f.cueFirst()) && text.word(g.sourceFirst() - 1).equals(",")) {
            return g.sourceFirst(); // "Acknowledging that the plan is costly, Lind said …": the main clause reports beside it
        }
        int opener = g.sourceFirst() - 1;
        boolean contrast = ownSource && opener > 0
                && text.word(opener - 1).equals(",") && CONTRASTS.contains(text.word(opener).toLowerCase(Locale.ROOT));
        return contrast ? opener : -1;
    }

    /** Whether {@code v} is a participle that opens its sentence, after "and", "but" or an adverb at most. */
    private static boolean openingParticiple(AnnotatedText text, int v) {
        if (!text.pos(v).equals("VBG")) {
            return false;
        }
        for (int t = text.sentenceOf(v).firstToken(); t < v; t++) {
            if (!text.pos(t).equals("CC") && !text.pos(t).startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs that put out a statement, whose participle cue the statement opens: "issued a statement saying …". */
    private static final Set<String> ISSUING_VERBS = Set.of("issue", "release", "put");

    /**
     * The verb of "issued a statement" (also "released a statement Friday") when the participle cue
     * {@code v} introduces the statement's words: "… issued a statement saying …", "… released a
     * statement condemning …". PolNeAR's cue runs from that verb; -1 otherwise.
     */
    private static int statementIssued(AnnotatedText text, int v) {
        int h = text.head(v);
        if (!text.pos(v).equals("VBG") || h < 0) {
            return -1;
        }
        // the parser hangs the participle on the noun ("a statement saying") or on the verb ("a statement Tuesday saying")
        int verb = text.lemma(h).equals("statement") && text.relation(h).equals("obj") ? text.head(h) : h;
        int noun = text.child(verb, "obj");
        boolean issued = noun >= 0 && noun < v && text.lemma(noun).equals("statement") && ISSUING_VERBS.contains(text.lemma(verb));
        return issued && verb < noun ? verb : -1;
    }

    /**
     * Whether a cue of going on ("continued") tells of doing rather than speaking: its content
     * follows it and is neither a that-clause, a quotation nor introduced by a colon ("continues to
     * battle", "continued his tour", "atrocities continue as …"; not "continued that …", "He continued,
     * “…”", "Continued Dahl: …", "“…,” he continued").
     */
    private static boolean goesOn(AnnotatedText text, Quotations quotes, int cueLast, int[] content) {
        for (int t = cueLast; t < content[0]; t++) {
            if (text.word(t).equals(":")) {
                return false;
            }
        }
        return content[0] > cueLast && !text.word(content[0]).equalsIgnoreCase("that")
                && !text.pos(content[0]).equals("``") && quotes.containing(text.begin(content[0]), text.end(content[0])) < 0;
    }

    /** Whether {@code v} is a bare verb without subject, auxiliary or "to" heading its sentence, or under "let": an imperative. */
    private static boolean imperative(AnnotatedText text, int v) {
        int h = text.head(v);
        boolean heads = h < 0 || text.lemma(h).equals("let") && text.head(h) < 0;
        return heads && text.pos(v).equals("VB") && text.child(v, "nsubj") < 0 && text.child(v, "nsubj:pass") < 0
                && text.child(v, "aux") < 0 && text.child(v, "mark") < 0;
    }

    /**
     * Whether the participle {@code v} is an adjective of the noun after it that the parser made a verb
     * reporting that noun's clause: it has a determiner ("the pledged delegates"), or, with neither
     * subject nor auxiliary, a clause that starts with the next word ("documented instances of fraud
     * are rare", "where known terrorist groups are active").
     */
    private static boolean participleReadAsAdjective(AnnotatedText text, int v) {
        if (!text.pos(v).equals("VBN")) {
            return false;
        }
        if (text.child(v, "det") >= 0) {
            return true;
        }
        for (int c : text.children(v)) {
            String rel = text.relation(c);
            if (rel.startsWith("nsubj") || rel.startsWith("aux")) {
                return false;
            }
        }
        int clause = text.child(v, "ccomp");
        return clause > v && text.subtreeFirst(clause) == v + 1
                && (text.pos(v + 1).startsWith("NN") || text.pos(v + 1).startsWith("JJ"));
    }

    /**
     * Whether the cue {@code v} is a participle describing a noun, without a "by" naming who did it:
     * "a group aimed at …", "a contractor accused of spying", "a state seen as critical". (With one,
     * the noun may sum up the clause before: "…, a sentiment endorsed by the crowd".)
     */
    private static boolean participleOfNoun(AnnotatedText text, int v) {
        return text.pos(v).equals("VBN") && text.relation(v).equals("acl") && SourceFinder.byPhrase(text, v) < 0;
    }

    /** Whether the gerund {@code v} after "for" gives the reason of a cue it hangs on: "blamed Lind for backing the deal". */
    private boolean reasonOfCue(AnnotatedText text, int v) {
        int h = text.head(v);
        return text.pos(v).equals("VBG") && v > 0 && text.word(v - 1).equalsIgnoreCase("for") && h >= 0 && h < v
                && cues.find(text.lemma(h)).isPresent();
    }

    /** Prepositions the parser may read as a verb's particle before a time: "promised on Tuesday to …". */
    private static final Set<String> PREPOSITIONS_READ_AS_PARTICLES = Set.of("on", "in", "at", "for");

    /**
     * Whether the one-word cue {@code v} has a particle that makes it another verb, one the lexicon
     * does not list: "showed up", "backed off", "backed out" are no "show" or "back", while "called
     * Lind out" is "call out". "Out" after other verbs mostly sends the words out: "tweeted out",
     * "blasted out a statement".
     */
    private boolean otherPhrasalVerb(AnnotatedText text, int v, CueEntry cue) {
        int particle = text.child(v, "compound:prt");
        if (cue.lemmas().size() > 1 || particle < v) {
            return false;
        }
        String word = text.lemma(particle).toLowerCase(Locale.ROOT);
        boolean sendsOut = word.equals("out") && !text.lemma(v).equals("back");
        boolean listed = cues.findAt(List.of(text.lemma(v), word), 0).filter(c -> c.lemmas().size() == 2).isPresent();
        return !sendsOut && !PREPOSITIONS_READ_AS_PARTICLES.contains(word) && !listed;
    }

    /** Phrases (lemmas, or words where the tagger errs) in which "say" turns the writer's own argument; they may stand anywhere. */
    private static final List<List<String>> ASIDES = List.of(List.of("go", "without", "say"), List.of("needless", "to", "say"),
            List.of("suffice", "it", "to", "say"), List.of("to", "say", "the", "least"), List.of("let", "'s", "say"));
    /** Asides that only open a sentence, since "a sign that said, …" reports: "That said, …", "Having said that, …". */
    private static final List<List<String>> OPENING_ASIDES = List.of(List.of("that", "say", ","),
            List.of("that", "being", "say", ","), List.of("have", "say", "that", ","));

    /** Whether the cue {@code v} is part of one of the writer's {@link #ASIDES} or {@link #OPENING_ASIDES}. */
    private static boolean writersAside(AnnotatedText text, int v) {
        Sentence sentence = text.sentenceOf(v);
        String lemma = text.lemma(v).toLowerCase(Locale.ROOT);
        for (List<List<String>> phrases : List.of(ASIDES, OPENING_ASIDES)) {
            for (List<String> phrase : phrases) {
                int at = phrase.indexOf(lemma);
                int first = v - at;
                if (at >= 0 && first >= sentence.firstToken() && first + phrase.size() <= sentence.endToken()
                        && lemmasAt(text, first, phrase)
                        && (phrases == ASIDES || ContentFinder.opensSentence(text, sentence, first))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words from {@code first} are {@code lemmas}, each as its lemma or as written ("being", which the tagger may read as a noun). */
    private static boolean lemmasAt(AnnotatedText text, int first, List<String> lemmas) {
        for (int i = 0; i < lemmas.size(); i++) {
            if (!text.lemma(first + i).equalsIgnoreCase(lemmas.get(i)) && !text.word(first + i).equalsIgnoreCase(lemmas.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code v} has a clausal complement introduced by "that". */
    private static boolean thatClause(AnnotatedText text, int v) {
        int ccomp = text.child(v, "ccomp");
        return ccomp >= 0 && text.child(ccomp, "mark") >= 0 && text.word(text.child(ccomp, "mark")).equalsIgnoreCase("that");
    }

    /**
     * Whether the finite cue {@code v} follows a comma and the parser hung it on the clause before
     * as a dep or parataxis, or as a conjunct without "and" whose object is set off ("…, but it is
     * under pressure, said its chief, John Berg."): an inverted "…, said Lind" whose speaker it read
     * as an object. Such a cue borrows no subject from that clause.
     */
    private static boolean misreadInvertedCue(AnnotatedText text, int v, int cueFirst, int cueLast) {
        String rel = text.relation(v);
        boolean conjunct = rel.equals("conj") && text.child(v, "cc") < 0 && speakerSetOff(text, v, cueLast);
        return cueFirst > 0 && text.word(cueFirst - 1).equals(",") && ContentFinder.FINITE_VERB_TAGS.contains(text.pos(v))
                && (rel.equals("dep") || rel.equals("parataxis") || conjunct) && text.head(v) < v;
    }

    /**
     * Whether a noun read as the object of cue {@code v} follows it and ends the sentence or is set
     * off by a comma after it: the speaker ("…, said Howard." or "…, said Howard, but …").
     */
    private static boolean speakerSetOff(AnnotatedText text, int v, int cueLast) {
        int speaker = invertedSpeaker(text, v, cueLast);
        if (speaker < 0) {
            return false;
        }
        int after = text.subtreeLast(speaker) + 1;
        int end = text.sentenceOf(v).endToken();
        return after < end && text.word(after).equals(",") || !ContentFinder.anyWord(text, after, end - 1);
    }

    /** Tags of the words that may name a speaker set off between a clause's subject and its verb: "he", "Mr. Dahl", "these aides". */
    private static final Set<String> SPLITTING_SOURCE_TAGS = Set.of("PRP", "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "CD", "CC");
    /** How many words may name the speaker, and how many may follow the cue, inside the commas. */
    private static final int MAX_SPLITTING_SOURCE = 5;
    private static final int MAX_SPLITTING_TAIL = 5;

    /**
     * A source and cue set off by commas between a clause's subject and its verb: "The trouble,
     * Dahl writes, began in May", "The difference now, he told me, is that …". The parser reads the
     * subject as the cue's and the verb as a conjunct of it; PolNeAR's content is the whole sentence.
     * Found on tokens: a subject with no verb before the first comma, a short speaker, the cue and a
     * few words (no verb) before the second, then a finite verb, an adverb or two before it. Null otherwise.
     */
    private static FoundStatement splitClause(AnnotatedText text, Quotations quotes, int cueFirst, int cueLast, CueEntry cue) {
        Sentence s = text.sentenceOf(cueFirst);
        int sourceFirst = cueFirst;
        while (sourceFirst - 1 > s.firstToken() && cueFirst - sourceFirst < MAX_SPLITTING_SOURCE
                && SPLITTING_SOURCE_TAGS.contains(text.pos(sourceFirst - 1))) {
            sourceFirst--;
        }
        int comma = sourceFirst - 1;
        if (sourceFirst == cueFirst || comma <= s.firstToken() || !text.word(comma).equals(",")
                || quotes.anyIn(text.begin(s.firstToken()), text.end(s.endToken() - 1))) {
            return null;
        }
        for (int t = s.firstToken(); t < comma; t++) {
            if (text.pos(t).startsWith("VB") || text.pos(t).equals("MD") || text.word(t).equals(",")) {
                return null; // "When the vote came, Dahl said, …" or "Lind, Berg and Vik, he said, …": not one subject
            }
        }
        int second = cueLast + 1;
        while (second < s.endToken() && second - cueLast <= MAX_SPLITTING_TAIL && !text.word(second).equals(",")
                && !text.pos(second).startsWith("VB") && !text.pos(second).equals("MD")) {
            second++;
        }
        int verb = second + 1;
        while (verb < s.endToken() && verb - second <= 2 && text.pos(verb).startsWith("RB")) {
            verb++; // "The trouble, Dahl writes, only began …"
        }
        if (second >= s.endToken() || !text.word(second).equals(",") || verb >= s.endToken()
                || !ContentFinder.FINITE_VERB_TAGS.contains(text.pos(verb))) {
            return null;
        }
        int head = -1;
        for (int t = sourceFirst; t < cueFirst; t++) {
            if (text.pos(t).startsWith("NN") || text.pos(t).equals("PRP")) {
                head = t; // the last noun: "Mr. Dahl", "these aides"
            }
        }
        int[] content = ContentFinder.trimmed(text, new int[] {s.firstToken(), s.endToken() - 1});
        return head < 0 || content == null ? null
                : new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], sourceFirst, cueFirst - 1, head, head);
    }

    /** A past participle with no subject, passive subject or auxiliary: "compared with", "a report released in May". */
    private static boolean bareParticiple(AnnotatedText text, int v, int source) {
        return source < 0 && text.child(v, "nsubj:pass") < 0 && SourceFinder.participleWithoutAuxiliary(text, v);
    }

    /**
     * Verbs of going on or seeming, which PolNeAR puts in the cue of the infinitive they govern:
     * "went on to explain", "continued to insist", "appeared to blame"; and of struggling or taking
     * to a platform, whose infinitive is speech given, not only wanted: "struggled to explain",
     * "took to Twitter to attack", "used the speech to praise" (in train PolNeAR marks 48 % to 62 %
     * of them, against 24 % of other infinitive cues).
     */
    private static final Set<String> PHASE_VERBS = Set.of("go", "continue", "try", "begin", "start", "proceed", "attempt",
            "seem", "appear", "struggle", "take", "use");
    /**
     * Adjectives of timing or likelihood that PolNeAR keeps in the cue of their infinitive, like phase verbs: "was quick
     * to embrace", "were more likely to say" (poll findings).
     */
    private static final Set<String> PHASE_ADJECTIVES = Set.of("quick", "slow", "likely");

    /**
     * The cue's first token, grown back over a verb of going on or seeming that governs it ("went on
     * to explain", "has continued to insist", "tried at first to skirt", "appeared to blame"):
     * PolNeAR's cue holds "continue", "go on" or "try" 73 times in train, "seem" or "appear" 32.
     * {@code cueFirst} when there is none.
     */
    private static int phaseVerbBefore(AnnotatedText text, int v, int cueFirst) {
        int h = text.head(v);
        if (cueFirst == v || !text.word(cueFirst).equals("to") || h < 0 || h >= cueFirst
                || !Set.of("xcomp", "obl", "advcl").contains(text.relation(v))
                || !(PHASE_VERBS.contains(text.lemma(h)) && text.pos(h).startsWith("VB")
                    || PHASE_ADJECTIVES.contains(text.lemma(h)) && text.pos(h).startsWith("JJ"))
                || text.lemma(h).equals("go") && !"on".equals(text.word(h + 1))
                || text.lemma(h).equals("take") && text.child(h, "nsubj") >= 0
                    && text.lemma(text.child(h, "nsubj")).equals("it")) {
            return cueFirst; // "going to say", "it may take days to determine"
        }
        for (int t = h + 1; t < cueFirst; t++) {
            if (text.pos(t).startsWith("VB") || text.word(t).equals(",")) {
                return cueFirst; // a clause of its own between the two verbs
            }
        }
        int first = h;
        while (first - 1 >= 0 && text.head(first - 1) == h && isCueModifier(text, first - 1)) {
            first--;
        }
        return first;
    }

    /**
     * The one an event led to speak, the object of "lead" that governs the infinitive cue {@code v}:
     * "the win led her to declare …", "leading advisers to counter that …" (in train PolNeAR marks
     * 9 of 10 such infinitives); -1 if none.
     */
    private static int personLed(AnnotatedText text, int v) {
        int h = text.head(v);
        int obj = h < 0 ? -1 : text.child(h, "obj");
        return h >= 0 && text.lemma(h).equals("lead") && text.relation(v).equals("xcomp") && obj > h && obj < v ? obj : -1;
    }

    /**
     * Whether the infinitive cue {@code v} reports speech given ({@link CueTrait#GIVEN_AS_INFINITIVE}: "met the
     * mayor to discuss the budget") and is not what another cue reports ("asked them to discuss …").
     */
    private boolean givenInfinitive(AnnotatedText text, int v) {
        int h = text.head(v);
        return cues.find(text.lemma(v)).filter(cue -> cue.has(CueTrait.GIVEN_AS_INFINITIVE)).isPresent()
                && (h < 0 || cues.find(text.lemma(h)).isEmpty());
    }

    private static final Set<String> TIME_ADVERBS = Set.of("recently", "earlier", "later", "then", "previously");

    /**
     * An adverb of manner or time right after the cue, which PolNeAR puts in the cue 37 times in
     * 50 in train ("said sarcastically", "said later"); a day or "in a statement" it leaves out as
     * often as not, so they stay out.
     */
    private static boolean mannerAdverb(AnnotatedText text, int t) {
        String w = text.word(t).toLowerCase(Locale.ROOT);
        return "advmod".equals(text.relation(t)) && text.pos(t).startsWith("RB") && (w.endsWith("ly") || TIME_ADVERBS.contains(w));
    }

    static boolean isCueModifier(AnnotatedText text, int t) {
        String rel = text.relation(t);
        boolean adverb = rel.equals("advmod") && text.pos(t).startsWith("RB")
                && !LINKING_ADVERBS.contains(text.word(t).toLowerCase(Locale.ROOT));
        return rel.startsWith("aux") || rel.equals("cop") || adverb || (rel.equals("mark") && text.word(t).equals("to"));
    }

    /**
     * Adverbs that link the sentence to the one before rather than tell how the speaker spoke: "Lind
     * however said …". PolNeAR leaves them out of the cue, but keeps "instead", "nonetheless", "indeed".
     */
    private static final Set<String> LINKING_ADVERBS = Set.of("however", "though");

    /**
     * "DAHL: I think …", "Lind said: “… we believe …”" outside marks: a first-person speaker inside
     * the content of an earlier statement is that statement's speaker, not the article's writer.
     * Null when the speaker is no first-person pronoun or no statement encloses the cue.
     */
    private static Mention enclosingSpeaker(AnnotatedText text, FoundStatement f, List<Statement> earlier) {
        if (f.sourceHead() < 0 || !DocumentActors.firstPerson(text.word(f.speakerHead()))) {
            return null;
        }
        int cue = text.begin(f.cueFirst());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Statement s = earlier.get(i);
            if (s.speaker() != null && s.content().start() <= cue && cue < s.content().end()) {
                return new Mention(s.speaker().actor(), Span.of(text.text(), text.begin(f.sourceFirst()), text.end(f.sourceLast())));
            }
        }
        return null;
    }

    /**
     * The speaker: a pronoun resolved by salience, else the actor mentioned at the phrase's head,
     * else the actor named just before the cue when the parser chose a wrong subject ("…, a trip
     * that included meeting with Mr. Putin, Russian and North Korean officials said"), else an
     * anonymous actor named by the head's noun phrase ("officials", "a spokeswoman").
     */
    private static Mention speaker(AnnotatedText text, DocumentActors actors, FoundStatement f, List<String> speakers) {
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
            if (adjacent.isPresent() && !objectOfPreposition(text, head, adjacent.get().first())) {
                actor = Optional.of(adjacent.get().actor());
                if (adjacent.get().first() < first || adjacent.get().end() - 1 > last) {
                    first = adjacent.get().first(); // a name outside the phrase the parser chose
                    last = adjacent.get().end() - 1;
                } // else the phrase holds the name: "the former first lady and U.S. senator", "a study by Ann Lee"
            }
        }
        // an unparsed sentence gives no noun phrase: the source's words up to its head name the actor
        // and the name never starts before the source phrase ("That's according to filings": the parser made "filings" the root)
        int nameFirst = text.head(head) == AnnotatedText.UNPARSED ? first
                : Math.min(head, Math.max(first, SourceFinder.nounPhraseStart(text, head)));
        String id = actor.orElseGet(() -> actors.anonymous(nameFirst, SourceFinder.sourceEnd(text, head), head));
        return new Mention(id, Span.of(text.text(), text.begin(first), text.end(last)));
    }

    /**
     * The noun right after a cue that follows its content, which the parser made its object or
     * predicate instead of its subject: "“…,” said Ann Lee", "…, reported the agency". -1 if none.
     */
    private static int invertedSpeaker(AnnotatedText text, int v, int cueLast) {
        for (int c : text.children(v)) {
            if (c > cueLast && text.subtreeFirst(c) == cueLast + 1 && text.pos(c).startsWith("NN")
                    && MISREAD_INVERTED_SPEAKER.contains(text.relation(c))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the name starting at {@code first} follows a preposition after the subject's head: in
     * "a spokeswoman for the ministry said" and "a study in the Medical Journal found" the head speaks,
     * not the name.
     */
    private static boolean objectOfPreposition(AnnotatedText text, int head, int first) {
        int t = first - 1;
        while (t > head && (text.pos(t).equals("DT") || text.pos(t).equals("JJ"))) {
            t--;
        }
        return t > head && (text.pos(t).equals("IN") || text.pos(t).equals("TO"));
    }

    /** The value of a time expression attached to the cue, outside the content: "said last week". */
    private static String time(AnnotatedText text, List<TimeRef> times, FoundStatement f) {
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

    private static double confidence(AnnotatedText text, FoundStatement f, Mention speaker) {
        if (speaker == null) {
            return 0.4;
        }
        return PRONOUN_TAGS.contains(text.pos(f.sourceHead())) ? 0.75 : 0.9;
    }

    /**
     * Sets each statement's parent: the statement with the smallest content holding its cue, but
     * never a quotation's. A cue can only lie in the gap between a split quotation's pieces ("“A,”
     * Lind said, referring to X. “B.”"), beside the quotation, not inside it.
     */
    private static List<Statement> nest(List<Statement> statements) {
        List<Statement> nested = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Statement parent = null;
            for (Statement p : statements) {
                if (p != s && p.form() != StatementForm.DIRECT && p.content().contains(s.cue().span())
                        && p.content().contains(s.content())
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
