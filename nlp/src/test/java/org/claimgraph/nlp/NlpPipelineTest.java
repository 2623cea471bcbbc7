package org.claimgraph.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the real CoreNLP models: the cascade on sentences we wrote. */
class NlpPipelineTest {

    private static NlpPipeline nlp;

    @BeforeAll
    static void load() {
        nlp = NlpPipeline.load();
    }

    private static final String TEXT = "The ministry said on Friday that Norland had moved troops to the border.\n"
            + "Trade between the two countries grew.\n"
            + "Foreign Minister Anna Berg visited Oslo last week.";

    @Test
    void tokensCarryOffsetsLemmasTagsAndEntities() {
        AnnotatedText at = nlp.annotate(TEXT, LocalDate.of(2024, 3, 16), ParsePolicy.ALL);

        assertThat(at.sentences()).hasSize(3);
        int said = at.tokenAt(TEXT.indexOf("said"));
        assertThat(at.word(said)).isEqualTo("said");
        assertThat(at.lemma(said)).isEqualTo("say");
        assertThat(at.pos(said)).isEqualTo("VBD");
        assertThat(at.entities()).extracting(e -> TEXT.substring(e.begin(), e.end()) + "/" + e.type())
                .contains("Anna Berg/PERSON", "Oslo/LOCATION");
    }

    @Test
    void dependencyArcsLinkTheCueToItsSubjectAndClause() {
        AnnotatedText at = nlp.annotate(TEXT, LocalDate.of(2024, 3, 16), ParsePolicy.ALL);
        int said = at.tokenAt(TEXT.indexOf("said"));
        int subject = at.child(said, "nsubj");
        assertThat(at.word(subject)).isEqualTo("ministry");
        int clause = at.child(said, "ccomp");
        assertThat(at.word(clause)).isEqualTo("moved");
        assertThat(at.word(at.subtreeFirst(clause))).isEqualTo("that");
        assertThat(at.word(at.subtreeLast(clause))).isEqualTo("border");
    }

    @Test
    void theCascadeParsesOnlyTheSentencesThePolicyAsksFor() {
        AnnotatedText at = nlp.annotate(TEXT, null, (lemmas, tags) -> lemmas.contains("say"));

        assertThat(at.sentences()).extracting(Sentence::parsed).containsExactly(true, false, false);
        int grew = at.tokenAt(TEXT.indexOf("grew"));
        assertThat(at.head(grew)).isEqualTo(AnnotatedText.UNPARSED);
        assertThat(at.relation(grew)).isNull();
    }

    @Test
    void relativeTimesResolveAgainstTheReferenceDate() {
        // 2024-03-16 is a Saturday
        AnnotatedText at = nlp.annotate(TEXT, LocalDate.of(2024, 3, 16), ParsePolicy.NONE);

        List<String> found = at.times().stream()
                .map(t -> TEXT.substring(t.begin(), t.end()) + "=" + t.value()).toList();
        assertThat(found).contains("Friday=2024-03-15", "last week=2024-W10");
    }

    @Test
    void timesAtBothEndsOfALongSentenceResolveAndClockTimesAreFound() {
        String text = "On Tuesday the committee, which had argued over the budget, the new roads, the harbour, "
                + "the schools and the tax on fuel for many long and bitter sessions, finally agreed to vote again "
                + "at noon on March 3, 2025.";
        AnnotatedText at = nlp.annotate(text, LocalDate.of(2024, 3, 16), ParsePolicy.NONE);

        List<String> found = at.times().stream()
                .map(t -> text.substring(t.begin(), t.end()) + "=" + t.value()).toList();
        // SUTime takes a bare weekday to be the one ahead: 2024-03-19
        assertThat(found).containsExactly("Tuesday=2024-03-19", "noon on March 3, 2025=2025-03-03T12:00");
    }

    @Test
    void aTitleCaseHeadlineIsTaggedAndParsedAsASentenceAndKeepsItsWords() {
        String headline = "Minister Says Norland Moved Troops To The Border\n";
        AnnotatedText at = nlp.annotate(headline + TEXT, null, ParsePolicy.ALL);

        int says = at.tokenAt(0 + "Minister ".length());
        assertThat(at.word(says)).isEqualTo("Says");
        assertThat(at.begin(says)).isEqualTo(9);
        assertThat(at.pos(says)).isEqualTo("VBZ");
        assertThat(at.lemma(says)).isEqualTo("say");
        int moved = at.tokenAt(headline.indexOf("Moved"));
        assertThat(at.relation(moved)).isEqualTo("ccomp");
        assertThat(at.head(moved)).isEqualTo(says);
        assertThat(at.lemma(at.tokenAt(headline.indexOf("Norland")))).isEqualTo("Norland");
    }

    @Test
    void ordinarySentencesReadTheSameBesideAHeadline() {
        String headline = "Minister Says Norland Moved Troops To The Border\n";
        AnnotatedText alone = nlp.annotate(TEXT, null, ParsePolicy.ALL);
        AnnotatedText after = nlp.annotate(headline + TEXT, null, ParsePolicy.ALL);

        int shift = after.tokenAt(headline.length());
        for (int t = 0; t < alone.tokenCount(); t++) {
            assertThat(after.word(t + shift) + "/" + after.pos(t + shift) + "/" + after.lemma(t + shift) + "/"
                    + after.ner(t + shift) + "/" + after.relation(t + shift))
                    .isEqualTo(alone.word(t) + "/" + alone.pos(t) + "/" + alone.lemma(t) + "/" + alone.ner(t) + "/"
                            + alone.relation(t));
        }
    }

    @Test
    void aSpeakerAfterAQuestionAndAnAbbreviationsFullStopStayInTheirSentence() {
        String text = "“Where is the money?” asked the mayor of Lund. Sen. Ann Lee (R-S.C.) said the fund was empty.\n"
                + "“Why?”\nbecause nobody paid.";
        AnnotatedText at = nlp.annotate(text, null, ParsePolicy.ALL);

        assertThat(at.sentences()).extracting(s -> text.substring(at.begin(s.firstToken()), at.end(s.endToken() - 1)))
                .containsExactly("“Where is the money?” asked the mayor of Lund.",
                        "Sen. Ann Lee (R-S.C.) said the fund was empty.", "“Why?”", "because nobody paid.");
        int asked = at.tokenAt(text.indexOf("asked"));
        assertThat(at.head(at.tokenAt(text.indexOf("mayor")))).isEqualTo(asked);
        int said = at.tokenAt(text.indexOf("said"));
        assertThat(at.word(at.child(said, "nsubj"))).isEqualTo("Lee");
    }

    /** Parses every sentence; "say" and "tell" report clauses. */
    private static final ParsePolicy SAY_AND_TELL = new ParsePolicy() {
        @Override
        public boolean needsParse(List<String> lemmas, List<String> tags) {
            return true;
        }

        @Override
        public boolean reportsClause(String lemma) {
            return lemma.equals("say") || lemma.equals("tell");
        }
    };

    /** The head of the clause the first "said"/"told"/"say" of {@code text} reports, or "-" for none. */
    private static String reportedClause(String text, String cue, ParsePolicy policy) {
        AnnotatedText at = nlp.annotate(text, null, policy);
        int clause = at.child(at.tokenAt(text.indexOf(cue)), "ccomp");
        return clause < 0 ? "-" : at.word(clause);
    }

    @Test
    void aReportingVerbWhoseClauseTheParserMissedIsReadAgainAsIfThatFollowedIt() {
        // garden paths of the first reading: "said the expansion" as an object, the clause a loose
        // dependent or the root of the sentence
        String copula = "Dalen said the expansion of the program was simply a continuation of the old policy.";
        String listener = "Rask told the newspaper his firm worked closely with the ministry.";
        String relative = "Critics who say the tariff hurts farmers have a point.";
        String apposition = "Lind said the harbour levy, a tax on every trawler, was a waste of money.";
        assertThat(reportedClause(copula, "said", ParsePolicy.ALL)).isEqualTo("-");
        assertThat(reportedClause(listener, "told", ParsePolicy.ALL)).isEqualTo("-");
        assertThat(reportedClause(relative, "say", ParsePolicy.ALL)).isEqualTo("-");
        assertThat(reportedClause(apposition, "said", ParsePolicy.ALL)).isEqualTo("-");

        assertThat(reportedClause(copula, "said", SAY_AND_TELL)).isEqualTo("continuation");
        assertThat(reportedClause(listener, "told", SAY_AND_TELL)).isEqualTo("worked");
        assertThat(reportedClause(relative, "say", SAY_AND_TELL)).isEqualTo("hurts");
        assertThat(reportedClause(apposition, "said", SAY_AND_TELL)).isEqualTo("waste"); // commas in a pair

        AnnotatedText at = nlp.annotate(listener, null, SAY_AND_TELL);
        int told = at.tokenAt(listener.indexOf("told"));
        assertThat(at.word(at.child(told, "obj"))).isEqualTo("newspaper");
        assertThat(at.word(at.subtreeFirst(at.child(told, "ccomp")))).isEqualTo("his");
        assertThat(at.tokenCount()).isEqualTo(12); // the "that" of the second reading is gone
    }

    @Test
    void aSecondReadingNeverRunsARelativeClauseOnPastTheCommaThatClosedIt() {
        String closed = "Lind, who says the navy should guard the fjord to the north, wrote that the plan will fail.";
        AnnotatedText at = nlp.annotate(closed, null, SAY_AND_TELL);
        int says = at.tokenAt(closed.indexOf("says"));
        assertThat(at.subtreeLast(says)).isLessThan(at.tokenAt(closed.indexOf("wrote")));
        // without that comma the relative clause's own reading is the one to doubt
        String open = "Dahl has a frosty relationship with Lind, now the harbour master, who in 2010 said the council's most "
                + "important goal was to remove Dahl from office.";
        assertThat(reportedClause(open, "said", SAY_AND_TELL)).isEqualTo("remove");
    }

    @Test
    void aSubjectKeepsItsVerbAcrossAppositivesAndRelativeClauses() {
        // the parser's first reading hangs "declined" on the relative clause and "warned" on nothing
        String deputy = "The harbour master's deputy, Lars Hovde, who has long experience in port security, "
                + "declined to comment on the inspection.";
        AnnotatedText at = nlp.annotate(deputy, null, SAY_AND_TELL);
        int declined = at.tokenAt(deputy.indexOf("declined"));
        int subject = at.child(declined, "nsubj");
        assertThat(at.word(subject)).isEqualTo("deputy");
        assertThat(at.word(at.child(subject, "appos"))).isEqualTo("Hovde");
        assertThat(at.word(at.child(subject, "acl:relcl"))).isEqualTo("has");
        assertThat(at.word(at.child(declined, "xcomp"))).isEqualTo("comment");
        assertThat(at.head(at.tokenAt(deputy.indexOf("who")))).isEqualTo(at.tokenAt(deputy.indexOf("has")));

        String member = "Berit Aas, the council's longest-serving member, who chaired the budget committee, "
                + "warned that the levy would hurt small boats.";
        at = nlp.annotate(member, null, SAY_AND_TELL);
        int warned = at.tokenAt(member.indexOf("warned"));
        int aas = at.child(warned, "nsubj");
        assertThat(at.word(aas)).isEqualTo("Aas");
        assertThat(at.word(at.child(aas, "acl:relcl"))).isEqualTo("chaired");
        assertThat(at.word(at.child(warned, "ccomp"))).isEqualTo("hurt");
    }

    @Test
    void aFiniteVerbHeadsItsInfinitiveNeverServingAsItsSubject() {
        // the parser's first reading: "declined" the subject of "name"
        String mayor = "The mayor praised the crews, declined to name the owners and thanked the coast guard.";
        AnnotatedText at = nlp.annotate(mayor, null, SAY_AND_TELL);
        int declined = at.tokenAt(mayor.indexOf("declined"));
        int name = at.tokenAt(mayor.indexOf("name"));
        assertThat(at.relation(declined)).doesNotStartWith("nsubj");
        assertThat(at.head(name)).isEqualTo(declined);
        assertThat(at.relation(name)).isEqualTo("xcomp");
        assertThat(at.word(at.child(name, "obj"))).isEqualTo("owners");
    }

    @Test
    void aParticiplePhraseAfterANounModifiesItAndTheVerbKeepsItsSubject() {
        // first readings: "questioned" a clausal subject of "said"; "seen" the root with "said" under it
        for (String sentence : List.of("A witness questioned by the harbour board said the ferry had left early.",
                "A copy of the letter seen by the Bergen Post said the council would drop the levy.")) {
            AnnotatedText at = nlp.annotate(sentence, null, SAY_AND_TELL);
            int said = at.tokenAt(sentence.indexOf("said"));
            int subject = at.child(said, "nsubj");
            assertThat(at.relation(said)).isEqualTo("root");
            assertThat(subject).isNotNegative();
            assertThat(at.word(subject)).isIn("witness", "copy");
            assertThat(at.word(at.child(subject, "acl"))).isIn("questioned", "seen");
        }
    }

    @Test
    void aSubjectWithAVerbBeforeTheCommaKeepsItsFirstReading() {
        // "Dahl joked …, declined …": coordinated predicates, not a subject and its parentheticals
        String predicates = "Dahl joked about the weather, declined to discuss the quota, and left early.";
        AnnotatedText at = nlp.annotate(predicates, null, SAY_AND_TELL);
        int joked = at.tokenAt(predicates.indexOf("joked"));
        assertThat(at.word(at.child(joked, "nsubj"))).isEqualTo("Dahl");
        assertThat(at.child(at.tokenAt(predicates.indexOf("declined")), "nsubj")).isNegative();
    }

    @Test
    void aReportingVerbWithAnObjectAndNoClauseKeepsItsFirstReading() {
        assertThat(reportedClause("He said a prayer for the victims.", "said", SAY_AND_TELL)).isEqualTo("-");
        // "that" would join two clauses across the comma
        String piece = "Once he has said his piece, he is ready to go.";
        AnnotatedText at = nlp.annotate(piece, null, SAY_AND_TELL);
        int said = at.tokenAt(piece.indexOf("said"));
        assertThat(at.child(said, "ccomp")).isNegative();
        assertThat(at.word(at.child(said, "obj"))).isEqualTo("piece");
    }

    @Test
    void emptyAndWhitespaceTextGiveNoTokens() {
        assertThat(nlp.annotate("", null, ParsePolicy.ALL).tokenCount()).isZero();
        assertThat(nlp.annotate(" \n\n ", null, ParsePolicy.ALL).sentences()).isEmpty();
    }
}
