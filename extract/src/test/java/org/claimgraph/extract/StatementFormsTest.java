package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who said what, one reporting form per row, on sentences we wrote: the speaker actor, the cue and
 * the content extracted. Mission: attribution.
 */
class StatementFormsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Anders Dahl said that the talks had failed.                           | Anders Dahl | said     | that the talks had failed
            Anders Dahl said the talks had failed.                                | Anders Dahl | said     | the talks had failed
            The talks had failed, Anders Dahl said.                               | Anders Dahl | said     | The talks had failed
            Anders Dahl told reporters that the talks had failed.                 | Anders Dahl | told     | that the talks had failed
            Anders Dahl, a former diplomat, said the talks had failed.            | Anders Dahl | said     | the talks had failed
            Anders Dahl has repeatedly denied that the talks had failed.          | Anders Dahl | has repeatedly denied | that the talks had failed
            Anders Dahl accused Norway of blocking the talks.                     | Anders Dahl | accused  | Norway of blocking the talks
            According to Anders Dahl, the talks had failed.                       | Anders Dahl | According to | the talks had failed
            The talks had failed, according to the Swedish foreign ministry.      | Swedish foreign ministry | according to | The talks had failed
            Anders Dahl walked out of the meeting, saying the talks had failed.   | Anders Dahl | saying   | the talks had failed
            “We are ready to talk,” Anders Dahl said.                             | Anders Dahl | said     | “We are ready to talk,”
            “We are ready to talk,” said Anders Dahl.                             | Anders Dahl | said     | “We are ready to talk,”
            The talks had failed, the agency reported.                            | agency      | reported | The talks had failed
            Officials said the talks had failed.                                  | Officials   | said     | the talks had failed
            South Korean officials charged that the shipments had continued.      | South Korean officials | charged | that the shipments had continued
            ''Nobody wins a trade war,'' Anders Dahl said.                        | Anders Dahl | said     | ''Nobody wins a trade war,''
            Anders Dahl said the talks have become a waste of time.               | Anders Dahl | said     | the talks have become a waste of time
            Anders Dahl declined to comment on the report.                        | Anders Dahl | declined | to comment on the report
            Anders Dahl wants to reopen the talks.                                | Anders Dahl | wants    | to reopen the talks
            Anders Dahl urged both sides to return to the table.                  | Anders Dahl | urged    | both sides to return to the table
            Anders Dahl attacked the proposal.                                    | Anders Dahl | attacked | the proposal
            The proposal has been endorsed by Anders Dahl.                        | Anders Dahl | has been endorsed by | The proposal
            The talks went badly at first, Anders Dahl told reporters on Monday.  | Anders Dahl | told     | The talks went badly at first
            Moscow ignored Kyiv's allegation that its troops had shelled the plant. | Kyiv   | allegation | that its troops had shelled the plant
            Maria Lind's notion that the boats were idle angered the crews.      | Maria Lind | notion | that the boats were idle
            Anders Dahl says there needs to be a new treaty.                      | Anders Dahl | says     | there needs to be a new treaty
            Critics say the funds could be better spent on schools.               | Critics     | say      | the funds could be better spent on schools
            Anders Dahl views the treaty as a mistake.                            | Anders Dahl | views    | the treaty as a mistake
            Anders Dahl called the proposal a mistake.                            | Anders Dahl | called   | the proposal a mistake
            Anders Dahl called Norway reckless.                                   | Anders Dahl | called   | Norway reckless
            Anders Dahl called the treaty “a disgrace.”                           | Anders Dahl | called   | the treaty “a disgrace.”
            Anders Dahl ended the meeting by saying the talks had failed.         | Anders Dahl | saying   | the talks had failed
            As improbable as it may seem, Mr. Dahl said the Norland deal had played to his advantage. | Dahl | said | the Norland deal had played to his advantage
            Maria Lind said that the ferry was late and the crew was tired.       | Maria Lind | said   | that the ferry was late and the crew was tired
            The senator called on Norland to stop shelling Marisol and apologize. | senator | called on | Norland to stop shelling Marisol and apologize
            In July, the Norland League called for a moratorium on fishing.       | Norland League | called for | a moratorium on fishing
            Lind told co-host Erik Berg that he honestly does not know the answer. | Lind | told | that he honestly does not know the answer
            Mr. Dahl says Norland’s “latest media meltdown is unhinged, even for him.” | Dahl | says | Norland’s “latest media meltdown is unhinged, even for him.”
            Anders Dahl attacked the minister as a fraud and a liar.              | Anders Dahl | attacked | the minister as a fraud and a liar
            Anders Dahl is slamming the minister for his work defending smugglers. | Anders Dahl | is slamming | the minister for his work defending smugglers
            Anders Dahl is stressing the need to bolster the navy.                | Anders Dahl | is stressing | the need to bolster the navy
            Mr. Dahl knows there are voters all over the north who think in stark terms. | Dahl | knows | there are voters all over the north who think in stark terms
            Anders Dahl proposes doing away with the permit that every trawler must buy. | Anders Dahl | proposes | doing away with the permit that every trawler must buy
            Anders Dahl offered some blunt advice to the minister.                | Anders Dahl | offered  | some blunt advice
            Fishermen want quotas that protect the small boats.                   | Fishermen   | want     | quotas that protect the small boats
            Maria Lind calls the new quota plan ‘a crazy scheme’.                 | Maria Lind | calls    | the new quota plan ‘a crazy scheme’
            “Full panic mode,” said Maria Lind, a harbour councillor in Bergen.   | Maria Lind | said     | “Full panic mode,”
            Anders Dahl railed against the quota system at the rally.             | Anders Dahl | railed against | the quota system
            The moderator asked the candidates to discuss their own ideas.        | moderator   | asked    | the candidates to discuss their own ideas
            Anders Dahl blasted the Norwegian press for being “utterly dishonest.” | Anders Dahl | blasted | the Norwegian press for being “utterly dishonest.”
            The fund pointed to Norway's decision to leave the union as an example. | fund      | pointed to | Norway's decision to leave the union as an example
            But the prosecutor isn't saying if the foundation broke any laws.    | prosecutor  | isn't saying | if the foundation broke any laws
            “Both arguments matter and they speak to different voters,” said Lind. | Lind | said | “Both arguments matter and they speak to different voters,”
            However, the talks are not likely to change the outcome, noted the agency. | agency | noted | However, the talks are not likely to change the outcome
            The mayor complained about the microphone, even suggesting he may have been sabotaged. | mayor | even suggesting | he may have been sabotaged
            A spokeswoman for Maria Lind said the talks had failed.               | spokeswoman | said     | the talks had failed
            Looking ahead, Anders Dahl explained why he left the talks.           | Anders Dahl | explained | why he left the talks
            Lawmakers have not said when they would take up the bill.             | Lawmakers   | have not said | when they would take up the bill
            Giving a speech in Dayton, Lind says the Ohio native nicknamed “King Jim” is a longtime, dedicated advocate for children. | Lind | says | the Ohio native nicknamed “King Jim” is a longtime, dedicated advocate for children
            Maria Lind said fathers and parents who adopt would not be eligible for the six weeks of paid leave. | Maria Lind | said | fathers and parents who adopt would not be eligible for the six weeks of paid leave
            Instant polls showed Lind was the winner of the debate.               | Instant polls | showed | Lind was the winner of the debate
            The regional average shows Lind likewise ahead by 3.7 points.         | regional average | shows | Lind likewise ahead by 3.7 points
            Video of the incident shows him with his hands in the air.            | Video       | shows    | him with his hands in the air
            His aides called him ''a genius'' for his tax strategy.               | His aides   | called   | him ''a genius'' for his tax strategy
            Lind called Mr. Dahl's remarks on Saturday "a true wake-up call" to his supporters. | Lind | called | Mr. Dahl's remarks on Saturday "a true wake-up call" to his supporters
            By then, Anders Dahl said, “the talks had failed. The fleet cannot wait.” | Anders Dahl | said | By then, Anders Dahl said, “the talks had failed. The fleet cannot wait.”
            Anders Dahl has acknowledged the rise in sea levels, which sets him apart from his party. | Anders Dahl | has acknowledged | the rise in sea levels
            “I know what a fair price is,” Lind said.                             | Lind        | said     | “I know what a fair price is,”
            I believe the council was wrong to close the harbour.                | the writer  | believe  | the council was wrong to close the harbour
            We asked whether the ferry would run on Sunday.                       | the writer  | asked    | whether the ferry would run on Sunday
            Anders Dahl appeared to blame the crews for the losses.               | Anders Dahl | appeared to blame | the crews for the losses
            Maria Lind seemed to suggest that the talks had failed.               | Maria Lind  | seemed to suggest | that the talks had failed
            “Nobody asked the crews,” Lind said sarcastically.                    | Lind        | said sarcastically | “Nobody asked the crews,”
            “The ferry is late,” said Maria Lind, on her first day as harbour master. | Maria Lind | said | “The ferry is late,”
            “We are ready,” Maria Lind said, and soon the crews went home.        | Maria Lind  | said     | “We are ready,”
            The pilot had no known ties to the union, the airline added, and had passed all background checks. | airline | added | The pilot had no known ties to the union, the airline added, and had passed all background checks
            The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent. | agency | said | The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent
            Lind said the crew followed police orders and left the pier.         | Lind        | said     | the crew followed police orders and left the pier
            Most voters expect Lind to win the debate.                             | voters      | expect   | Lind to win the debate
            The top one-fifth paid 31 percent, the agency said in its report, and the bottom one-fifth paid 2 percent. | agency | said | The top one-fifth paid 31 percent, the agency said in its report, and the bottom one-fifth paid 2 percent
            “I like Dahl,” Maria Lind said, but “he has a history of backing the trawlers.” | Maria Lind | said | “I like Dahl,” Maria Lind said, but “he has a history of backing the trawlers.”
            The ministry did not immediately respond to requests for comment.    | ministry    | did not immediately respond to | requests for comment
            Maria Lind has been critical of the quota plan.                      | Maria Lind  | has been critical of | the quota plan
            Maria Lind is confident that the ferry will run.                      | Maria Lind  | is confident | that the ferry will run
            The crews are worried about the new quotas.                           | crews       | are worried about | the new quotas
            Maria Lind has gone after the minister as a fraud.                    | Maria Lind  | has gone after | the minister as a fraud
            Fundraising, according to the campaign, has surged since May.         | campaign    | according to | Fundraising, according to the campaign, has surged since May
            Lind sent the messages to another woman, the Bergen Post reported.    | Bergen Post | reported | Lind sent the messages to another woman
            As the agency reported, the talks had failed.                         | agency      | reported | the talks had failed
            The talks had failed, as the agency reported on Monday.               | agency      | reported | The talks had failed
            As Anders Dahl put it, the fleet cannot wait.                         | Anders Dahl | put it   | the fleet cannot wait
            The harbour, as Maria Lind put it, is the heart of the town.          | Maria Lind  | put it   | The harbour, as Maria Lind put it, is the heart of the town
            What’s more, in the 2019 election in Bergen, Maria Lind supported Anders Dahl against Vik. | Maria Lind | supported | Anders Dahl against Vik
            Anders Dahl has called the treaty a fraud invented by Oslo to hurt the fishermen. | Anders Dahl | has called | the treaty a fraud invented by Oslo to hurt the fishermen
            Maria Lind criticised the new quota, a plan the ministry drew up in May. | Maria Lind | criticised | the new quota
            Critics say the money could be better spent on the harbour, the oldest part of the town. | Critics | say | the money could be better spent on the harbour
            A third of voters said Maria Lind would do better, compared with 41 percent for Anders Dahl. | A third of voters | said | Maria Lind would do better
            Polls show a close contest in Bergen, where 18 seats are up for grabs.  | Polls       | show     | a close contest in Bergen
            Twenty-seven towns led by Bergen and fishing groups are challenging the ministry’s new quota rules before the court. | groups | are challenging | the ministry’s new quota rules
            Maria Lind took issue with the new quota rules.                       | Maria Lind  | took issue with | the new quota rules
            Anders Dahl bragged that the ferry had never been late.               | Anders Dahl | bragged  | that the ferry had never been late
            Maria Lind credited the crews with saving the pier.                   | Maria Lind  | credited | the crews with saving the pier
            Anders Dahl outlined a plan to rebuild the harbour.                   | Anders Dahl | outlined | a plan to rebuild the harbour
            The ministry identified the trawler as the source of the spill.       | ministry    | identified | the trawler as the source of the spill
            Maria Lind named Anders Dahl as her deputy.                           | Maria Lind  | named    | Anders Dahl as her deputy
            Anders Dahl made it clear that the pier would stay shut.              | Anders Dahl | made it clear | that the pier would stay shut
            Maria Lind pressed for a second ferry.                                | Maria Lind  | pressed for | a second ferry
            Maria Lind downplayed the delays.                                     | Maria Lind  | downplayed | the delays
            Anders Dahl came out against the new fares.                           | Anders Dahl | came out against | the new fares
            Maria Lind lambasted the ferry company.                               | Maria Lind  | lambasted | the ferry company
            Anders Dahl singled out the harbour board.                            | Anders Dahl | singled out | the harbour board
            Anders Dahl issued a statement Tuesday saying that the pier was safe. | Anders Dahl | issued a statement Tuesday saying | that the pier was safe
            Maria Lind released a statement calling the delays unacceptable.      | Maria Lind  | released a statement calling | the delays unacceptable
            Anders Dahl defended the minister against charges of fraud.          | Anders Dahl | defended | the minister against charges of fraud
            The fishermen strongly favored Lind over Berg.                        | fishermen   | strongly favored | Lind over Berg
            As boos rang out from the crowd, the mayor said, “Please quiet down.” | mayor       | said     | “Please quiet down.”
            Anders Dahl said as much on Monday.                                   | Anders Dahl | said     | as much
            Maria Lind does not think so.                                         | Maria Lind  | does not think | so
            Anders Dahl said the same thing about the ferry.                      | Anders Dahl | said     | the same thing about the ferry
            The harbour, which Anders Dahl described as a death trap, closed.     | Anders Dahl | described | which Anders Dahl described as a death trap
            Anders Dahl described the meeting with the minister.                  | Anders Dahl | described | the meeting with the minister
            Mr. Dahl believes that his efforts to slow the warming of the fjord will be the most lasting legacy of his term. | Dahl | believes | that his efforts to slow the warming of the fjord will be the most lasting legacy of his term
            The trouble, Maria Lind writes, began in the early 1970s, with a clash between the crews and the owners. | Maria Lind | writes | The trouble, Maria Lind writes, began in the early 1970s, with a clash between the crews and the owners
            The harbour, Maria Lind and Anders Dahl said, is too small for the new ferry. | Anders Dahl | said | The harbour, Maria Lind and Anders Dahl said, is too small for the new ferry
            Maria Lind said her suite of proposals addresses people's worries - but she needs to show more warmth. | Maria Lind | said | her suite of proposals addresses people's worries
            The harbour board wants to sign up 5 million people, focusing on people under 30. | harbour board | wants | to sign up 5 million people
            Maria Lind was quick to point out that the ferry was late.          | Maria Lind  | was quick to point out | that the ferry was late
            However, slower growth in developed ports is being offset by slightly faster improvements in emerging harbours, the IMF said. | International Monetary Fund | said | However, slower growth in developed ports is being offset by slightly faster improvements in emerging harbours
            The bank agreed to effectively lend the port $5 million, and the coal miners' union also stepped in with money. | bank | agreed | to effectively lend the port $5 million
            Anders Dahl blamed the press.                                         | Anders Dahl | blamed   | the press
            Maria Lind arrived late. It was, she said, one of the worst winters in Bergen. | Maria Lind | said | It was, she said, one of the worst winters in Bergen
            Ola Brenne, a former harbour master who is a fierce critic of the mayor, suggests that the quota is too low. | Ola Brenne | suggests | that the quota is too low
            Berit Aas, the council's longest-serving member, who chaired the budget committee, warned that the levy would hurt small boats. | Berit Aas | warned | that the levy would hurt small boats
            Maria Lind promised on Friday to stop using the word “pirates” for the rest of the season. | Maria Lind | promised | to stop using the word “pirates” for the rest of the season
            Anders Dahl ruled out a second term.                                  | Anders Dahl | ruled out | a second term
            Maria Lind praised Berg for showing real courage in the storm.        | Maria Lind | praised | Berg for showing real courage in the storm
            Maria Lind slammed the council for allowing the ferry to run so late without a warning. | Maria Lind | slammed | the council for allowing the ferry to run so late without a warning
            Maria Lind informed the board that the quota was spent.               | Maria Lind | informed | that the quota was spent
            Anders Dahl painted the levy as a tax on small boats.                 | Anders Dahl | painted | the levy as a tax on small boats
            Maria Lind rattled off the names of six trawlers.                     | Maria Lind | rattled off | the names of six trawlers
            Anders Dahl decided against raising the fares.                        | Anders Dahl | decided against | raising the fares
            """)
    @DisplayName("attribution: one reporting form per row")
    void findsSpeakerCueAndContent(String sentence, String speaker, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        assertThat(a.statements()).hasSize(1);
        Statement s = a.statements().get(0);
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo(speaker);
        assertThat(s.cue().span().text()).isEqualTo(cue);
        assertThat(s.content().text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Anders Dahl did not disclose any details.",
            "Anders Dahl scoffed at the claims.",
            "State radio broadcast the minister's comments on Friday.",
            "The ship sailed to Bergen on Tuesday.",
            "Anders Dahl ordered a coffee.",
            "An inquiry found several errors in the count.",
            "Anders Dahl has embraced the plan.",
            "The crew will project the film onto a wall.",
            "Anders Dahl made his name by writing two novels.",
            "Now tell us the ferry was on time!",
            "Please read the two guides the harbour board wrote last year.",
            "The plan was called dangerous.",
            "The company had not shown a single document.",
            "Anders Dahl did not mention the treaty.",
            "Anders Dahl said so many times.",
            "Anders Dahl called the meeting because the talks had failed.",
            "Harbour editor Anders Dahl will come on the program to talk about the border and how many boats can slip through.",
            "It may take several days to determine how powerful the storm was.",
            "Top executives in the Norland navy earned a median salary of 98,000 crowns, compared with 93,000 for the rest.",
            "But when the day of the vote came, under pressure from the fishing lobby, the council backed out.",
            "Anders Dahl backed off the plan after the vote.",
            "Harbour fees remain a favourite on both sides, promoted by the mayor and the fishing board.",
            "A coalition led by Norland and backed by the West is blamed for the delay.",
            "Her visa was still valid, so she continued to renew it.",
            "These are the pledged delegates to be chosen in the spring.",
            "However, documented cases of fraud are rare.",
            "The boats sail through waters where known smugglers are active.",
            "The ads come from the Harbour Fund, a group aimed at taking out the mayor.",
            "The fund has spent two million crowns in Bergen, a town seen as critical for the vote.",
            "When fishermen ask for help, too many of their calls are not getting through to the harbour office."})
    void speechWithoutContentIsNoStatement(String sentence) {
        assertThat(TestAnalyzer.analyze(sentence, DAY).statements()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The survey shows a close race in Bergen.                  | shows | a close race in Bergen
            An inquiry revealed several errors in the count.          | revealed | several errors in the count
            Anders Dahl noted the delay in his speech.                | noted | the delay
            Maria Lind tweeted her thanks to the crews.               | tweeted | her thanks to the crews
            Anders Dahl explained his reasoning in an interview.      | explained | his reasoning
            Anders Dahl rebutted the charge at once.                  | rebutted | the charge
            Maria Lind feared the worst for the crews.                | feared | the worst for the crews
            The marchers chanted slogans against the mayor.           | chanted | slogans against the mayor
            """)
    @DisplayName("attribution: a reporting verb's nominal object is its content (PolNeAR counts 'shows a close race')")
    void aNominalObjectIsTheContent(String sentence, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(cue, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The union demanded answers from the harbour board.  | demanded | answers from the harbour board
            The mayor urged more restraint after the vote.      | urged    | more restraint
            """)
    @DisplayName("attribution: an appeal for a thing reports the thing ('demanded answers'), as one to a person what is asked")
    void anAppealForAThingReportsTheThing(String sentence, String cue, String content) {
        assertThat(TestAnalyzer.analyze(sentence, DAY).statements())
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(cue, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Lind gave fodder to rivals such as Senator Dahl, who mused in a debate\
             that Lind was "disqualified" from office. | fodder
            But those voters, who register as "undeclared," can determine degrees of separation between winners and losers,\
             which could be relevant this year for Lind. | which could
            """)
    @DisplayName("attribution: a relative clause and the clause it hangs on are no content of each other: not the clause "
            + "a speaker's 'who mused' hangs on, nor a 'which' after a comma that says more of the noun before it")
    void aRelativeClauseAndItsHostAreNoContentOfEachOther(String sentence, String words) {
        assertThat(TestAnalyzer.analyze(sentence, DAY).statements()).noneMatch(s -> s.content().text().contains(words));
    }

    @Test
    @DisplayName("attribution: an invitation to a person is no statement")
    void anInvitationIsNoStatement() {
        assertThat(TestAnalyzer.analyze("Lind invited Dahl to a meeting in Bergen.", DAY).statements()).isEmpty();
    }

    @Test
    @DisplayName("attribution: a cue coordinated after a content ends it and makes a statement of its own")
    void aCoordinatedCueEndsTheContentBeforeIt() {
        Analysis both = TestAnalyzer.analyze("Anders Dahl said he respects the minister and praised her handling of the talks.", DAY);
        Analysis one = TestAnalyzer.analyze("Anders Dahl said the minister resigned and left the country.", DAY);
        Analysis withSubject = TestAnalyzer.analyze(
                "Berg said the harbour was safe, but she later admitted that two boats had sunk.", DAY);

        assertThat(both.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("said", "he respects the minister", null),
                        tuple("praised", "her handling of the talks", null));
        assertThat(withSubject.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("said", "the harbour was safe", null),
                        tuple("later admitted", "that two boats had sunk", null));
        assertThat(one.statements()).extracting(s -> s.content().text())
                .containsExactly("the minister resigned and left the country");
    }

    @Test
    @DisplayName("attribution: a cue in a concessive clause after a content ('even though it found …', '…, though he noted …') "
            + "ends it and makes a statement of its own")
    void aConcessiveCueEndsTheContentBeforeIt() {
        Analysis evenThough = TestAnalyzer.analyze(
                "The board decided not to close the route even though it found that the boats were old.", DAY);
        Analysis though = TestAnalyzer.analyze("Dahl said he speaks often about the harbour because "
                + "\"it is what people ask about,\" though he noted he has also pushed for lower fares.", DAY);

        assertThat(evenThough.statements()).filteredOn(s -> s.parent() == null)
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("decided", "not to close the route"), tuple("found", "that the boats were old"));
        assertThat(though.statements()).filteredOn(s -> s.parent() == null)
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("said", "he speaks often about the harbour because \"it is what people ask about,\""),
                        tuple("noted", "he has also pushed for lower fares"));
    }

    @Test
    @DisplayName("attribution: a quotation after a reported clause, with no speaker of its own, goes on with its content")
    void aSpeakerlessQuotationAfterAReportedClauseGoesOnWithIt() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl said the new fares were fair. “Nobody pays more than they do in Oslo.” "
                + "The board will vote on Friday.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("said", "the new fares were fair. “Nobody pays more than they do in Oslo.”"));
    }

    @Test
    void aPredicateCoordinatedAfterACommaAndButGoesOnWithTheContent() {
        Analysis a = TestAnalyzer.analyze(
                "Callers to the harbour show said they had doubts about Lind, but could not bring themselves to vote against her.", DAY);

        assertThat(a.statements()).first().extracting(s -> s.content().text())
                .isEqualTo("they had doubts about Lind, but could not bring themselves to vote against her");
    }

    @Test
    @DisplayName("attribution: a negated cue still reports its clause, never a plain noun object")
    void aNegatedCueReportsAClauseButNotANoun() {
        Analysis clause = TestAnalyzer.analyze("The company has not shown that the ships left port.", DAY);
        Analysis noun = TestAnalyzer.analyze("The company has not shown a single log entry.", DAY);

        assertThat(clause.statements()).extracting(s -> s.content().text()).containsExactly("that the ships left port");
        assertThat(noun.statements()).isEmpty();
    }

    @Test
    @DisplayName("attribution: a source and cue set off by commas inside a clause report the whole clause")
    void aParentheticalCueReportsItsWholeHostClause() {
        Analysis a = TestAnalyzer.analyze("By then, Maria Lind said, the talks had already failed.", DAY);

        assertThat(a.statements()).hasSize(1);
        Statement s = a.statements().get(0);
        assertThat(s.content().text()).isEqualTo("By then, Maria Lind said, the talks had already failed");
        assertThat(s.speaker().span().text()).isEqualTo("Maria Lind");
    }

    @Test
    void aColonAfterTheCueIntroducesTheContentNotTheClauseBeforeIt() {
        Analysis a = TestAnalyzer.analyze("Lind will surely use the hearing to stir up some trouble, Berg said: "
                + "\"I expect a surprise from her.\"", DAY);

        assertThat(a.statements()).extracting(s -> s.content().text()).containsExactly("\"I expect a surprise from her.\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry stops near the old fort, which, Berit Aas said, is usually crowded on market days. | which, Berit Aas said, is usually crowded on market days
            The council met near the old quay, which, Ola Berg said, floods every spring.                 | which, Ola Berg said, floods every spring
            """)
    void aParentheticalCueInARelativeClauseReportsTheRelativeClause(String sentence, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        assertThat(a.statements()).extracting(s -> s.content().text()).containsExactly(content);
    }

    @Test
    void aParentheticalCueAfterAnInfinitiveCueStillReportsTheWholeClause() {
        Analysis a = TestAnalyzer.analyze(
                "If the offer fails to persuade the crews, Dahl argues, the harbour has other tools.", DAY);

        assertThat(TestAnalyzer.withCue(a, "argues")).extracting(s -> s.content().text())
                .containsExactly("If the offer fails to persuade the crews, Dahl argues, the harbour has other tools");
    }

    @Test
    @DisplayName("attribution: '…, she said, adding …' keeps the added words out of the first content (trap)")
    void aParticipleAfterAParentheticalCueIsNotItsContent() {
        Analysis a = TestAnalyzer.analyze("The talks had failed, Maria Lind said, adding that the ships would stay.", DAY);

        assertThat(TestAnalyzer.withCue(a, "said")).extracting(s -> s.content().text()).containsExactly("The talks had failed");
    }

    @Test
    void aCueInsideAQuotationIsTheSpeakersOwnWords() {
        Analysis a = TestAnalyzer.analyze("“I think the talks have failed,” Anders Dahl said.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text()).containsExactly("said");
    }

    @Test
    void aTitleInQuotationMarksBeforeTheSpeakerIsNotWhatHeSaid() {
        Analysis a = TestAnalyzer.analyze("In her guide, “Nets and Knots,” Berit Aas suggested checking the hull each spring "
                + "and asking one question: Is the boat still dry?", DAY);

        assertThat(a.statements()).isNotEmpty().extracting(s -> s.content().text()).doesNotContain("“Nets and Knots,”");
    }

    @Test
    void aQuotationBesideTheCueIsItsContentWhenTheParseGivesNone() {
        Analysis a = TestAnalyzer.analyze("“Are we ready? Probably not,” Maria Lind said.", DAY);

        assertThat(a.statements()).hasSize(1);
        assertThat(a.statements().get(0).content().text()).isEqualTo("“Are we ready? Probably not,”");
    }

    @Test
    void aQuotationSplitByItsCueIsOneStatement() {
        Analysis a = TestAnalyzer.analyze("“We are ready,” Maria Lind said, smiling. “We have been ready for weeks.”", DAY);

        assertThat(a.statements()).hasSize(1);
        Statement s = a.statements().get(0);
        assertThat(s.content().text()).startsWith("“We are ready,”").endsWith("“We have been ready for weeks.”");
        assertThat(s.form()).isEqualTo(StatementForm.DIRECT);
    }

    @Test
    @DisplayName("attribution: a cue between a split quotation's pieces stands beside the quotation, not nested in it")
    void aCueBetweenTheQuotationsPiecesIsNotNestedInIt() {
        Analysis a = TestAnalyzer.analyze("“The ferry will run again,” Maria Lind said, referring to the island route. "
                + "“We have the crews for it.”", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("said", "“The ferry will run again,” Maria Lind said, "
                                + "referring to the island route. “We have the crews for it.”", null),
                        tuple("referring to", "the island route", null));
    }

    @Test
    @DisplayName("attribution: a second speaker's clause set beside a content after a comma ends it (parataxis)")
    void aSecondSpeakersClauseAfterACommaEndsTheContent() {
        Analysis a = TestAnalyzer.analyze("In March a poll found that most riders trust the crews, 41 percent of them say "
                + "the fares are too high.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("a poll", "that most riders trust the crews", null),
                        tuple("41 percent of them", "the fares are too high", null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“We are ready,” Maria Lind said. “We have been ready for weeks.”",
            "“We are ready,” Maria Lind said.\u00A0“We have been ready for weeks.”",
            "\"We are ready,\" Maria Lind said.\u00A0\"We have been ready for weeks.\""})
    @DisplayName("attribution: a quotation reopened after the cue's sentence goes on with it, after a no-break space too")
    void aQuotationReopenedAfterTheCuesSentenceGoesOnWithIt(String text) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(a.statements()).hasSize(1);
        assertThat(a.statements().get(0).content().text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“The vote is over,” Lind said of the referendum, which she believed her side had won. “We are done.”",
            "“The vote is over,” Lind said, emphasizing that her side had won. “We are done.”"})
    @DisplayName("attribution: a quotation reopened after the cue's sentence goes on with it though that sentence reports more")
    void aQuotationReopenedAfterALongCueSentenceGoesOnWithIt(String text) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, "said")).extracting(s -> s.content().text()).containsExactly(text);
    }

    @Test
    @DisplayName("attribution: \"according to X\" closing or opening a sentence reports the rest of it, and a cue inside is nested")
    void accordingToAtASentenceEdgeReportsTheRestOfTheSentence() {
        Analysis a = TestAnalyzer.analyze("The harbor board is now considering a plan to keep one ferry pier open for years, "
                + "according to municipal officials. According to early counts by the election office, at least 8 in 10 "
                + "voters in each county want the pier kept.", DAY);

        assertThat(a.statements()).filteredOn(s -> s.parent() == null)
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(
                        tuple("according to", "The harbor board is now considering a plan to keep one ferry pier open for years"),
                        tuple("According to", "at least 8 in 10 voters in each county want the pier kept"));
        assertThat(TestAnalyzer.withCue(a, "is now considering")).extracting(s -> s.content().text())
                .containsExactly("a plan to keep one ferry pier open for years");
    }

    @Test
    @DisplayName("attribution: a participle after a comma reports beside the statement before it, not inside its content")
    void aParticipleAfterACommaIsASecondStatementNotPartOfTheFirst() {
        Analysis a = TestAnalyzer.analyze("“Ann is not going to be able to lead them by asking for $12,” Berg said, "
                + "suggesting that a bolder platform could help her defeat the mayor.", DAY);

        assertThat(a.statements()).allSatisfy(s -> assertThat(s.parent()).isNull());
        assertThat(TestAnalyzer.withCue(a, "said")).extracting(s -> s.content().text())
                .allSatisfy(content -> assertThat(content).startsWith("“Ann is not").doesNotContain("suggesting"));
        assertThat(TestAnalyzer.withCue(a, "suggesting")).extracting(s -> s.content().text())
                .containsExactly("that a bolder platform could help her defeat the mayor");
    }

    @Test
    @DisplayName("attribution: a cue the parser hung on its own clause as an adverbial still reports that clause")
    void aCueReadAsAnAdverbialOfItsClauseReportsIt() {
        Analysis a = TestAnalyzer.analyze("While the mayor has repeatedly said he opposes the ferry cuts, his council keeps voting for them.", DAY);

        assertThat(TestAnalyzer.withCue(a, "has repeatedly said"))
                .extracting(s -> s.speaker().span().text(), s -> s.content().text().startsWith("he opposes the ferry cuts"))
                .containsExactly(tuple("the mayor", true));
    }

    @Test
    @DisplayName("attribution: \"X said A, while Y said B\" is two statements side by side")
    void aSecondSpeakerAfterWhileIsASecondStatement() {
        Analysis a = TestAnalyzer.analyze("After the event, several supporters said the mayor had made a good case, "
                + "while other voters said they had not heard anything new.", DAY);

        assertThat(TestAnalyzer.withCue(a, "said"))
                .extracting(s -> s.speaker().span().text(), s -> s.content().text(), s -> s.parent())
                .containsExactly(tuple("several supporters", "the mayor had made a good case", null),
                        tuple("other voters", "they had not heard anything new", null));
    }

    @Test
    @DisplayName("attribution: in \"changes, which officials said will start in May,\" the relative clause is the content")
    void aRelativeClauseAroundTheCueIsItsContent() {
        Analysis a = TestAnalyzer.analyze("The ferry changes, which officials said will go into effect in the next few months, "
                + "will not apply to all routes.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("officials", "said", "which officials said will go into effect in the next few months"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The builders used the fund for hotels, amounting to what the senators said was a land grab. | the senators | said | what the senators said was a land grab
            Lind campaigned against what she calls corruption in the port. | she | calls | what she calls corruption in the port
            The gap between what Dahl says his plan would do and what it would do has grown. | Dahl | says | what Dahl says his plan would do
            The shift was what many analysts said was a sign of better relations. | many analysts | said | what many analysts said was a sign of better relations
            The plan, which Lind has repeatedly said was a mistake, failed. | Lind | has repeatedly said | which Lind has repeatedly said was a mistake
            The vote, which Dahl declared “a total disaster” for the port, passed. | Dahl | declared | which Dahl declared “a total disaster” for the port
            """)
    @DisplayName("attribution: a relative whose pronoun the cue governs ('what the senators said was a land grab', 'which Dahl declared …') is the content, source and cue inside it")
    void aRelativeWhosePronounTheCueGovernsIsItsContent(String text, String source, String cue, String content) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements())
                .extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(source, cue, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lind went on to explain that the ferry had lost money.      | Lind      | went on to explain      | that the ferry had lost money
            The mayor has continued to insist that the budget is sound. | The mayor | has continued to insist | that the budget is sound
            Lind went on to discuss recently released figures.          | Lind      | went on to discuss      | recently released figures
            Dahl took to the radio to attack the harbour board.         | Dahl      | took to the radio to attack | the harbour board
            The mayor used her speech to defend the ferry crews.        | The mayor | used her speech to defend | the ferry crews
            The board struggled to explain why the ferry was late.      | The board | struggled to explain    | why the ferry was late
            Dahl was quick to condemn the new ferry plan.               | Dahl      | was quick to condemn    | the new ferry plan
            Older voters were more likely to say that the ferry was late. | Older voters | were more likely to say | that the ferry was late
            """)
    @DisplayName("attribution: a verb of going on, or of taking to a platform or struggling, is part of the cue it governs")
    void aVerbOfGoingOnIsPartOfTheCue(String text, String speaker, String cue, String content) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements())
                .extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(speaker, cue, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor flew to Oslo to discuss the ferry contract.        | The mayor | to discuss   | the ferry contract
            Lind visited the port on Friday to criticize the new fees.  | Lind      | to criticize | the new fees
            The storm led the harbour master to warn that the ferry would stop. | the harbour master | to warn | that the ferry would stop
            """)
    @DisplayName("attribution: an infinitive of discussing or criticizing reports speech given, its speaker the subject "
            + "of the verb it serves (never the day before it), or the one an event led to speak")
    void anInfinitiveOfDiscussingReportsSpeechGiven(String text, String speaker, String cue, String content) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements())
                .extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(speaker, cue, content));
    }

    @Test
    @DisplayName("attribution: 'reportedly' marks its clause as reported by no one named; on a cue it is part of the cue")
    void reportedlyMarksItsClauseAsReported() {
        Analysis a = TestAnalyzer.analyze("The ferry company is reportedly spending $1.5 million on new boats. "
                + "Lind reportedly said the crews would stay. The boats came back in May.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker() == null, s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(true, "reportedly", "The ferry company is reportedly spending $1.5 million on new boats"),
                        tuple(false, "reportedly said", "the crews would stay"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "That said, the ferry will run on Sunday.",
            "That being said, the ferry will run on Sunday.",
            "(Having said that, the ferry will run on Sunday.)",
            "It goes without saying that the ferry is late.",
            "Needless to say, the ferry is late.",
            "The ferry is late, to say the least.",
    })
    @DisplayName("attribution: the writer's asides with 'say' report nothing")
    void theWritersAsidesReportNothing(String text) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements()).isEmpty();
    }

    @Test
    @DisplayName("attribution: 'that said' reports where it does not open the sentence, and 'Let's say' leaves the clause's own cue")
    void anAsideOnlyWhereItStands() {
        assertThat(TestAnalyzer.analyze("They carried a sign that said, “Save the ferry.”", DAY).statements())
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("said", "“Save the ferry.”"));
        assertThat(TestAnalyzer.analyze("Let's say you think the ferry costs too much.", DAY).statements())
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("think", "the ferry costs too much"));
    }

    @Test
    @DisplayName("attribution: a relative clause that reports is no part of the speaker's phrase, but a statement of its own")
    void aReportingRelativeClauseIsNotPartOfTheSource() {
        Analysis a = TestAnalyzer.analyze("Mr. Berg, who understood that a legislative push would be fruitless, "
                + "told his advisers to find another way to cut emissions.", DAY);

        assertThat(TestAnalyzer.withCue(a, "told")).extracting(s -> s.speaker().span().text()).containsExactly("Mr. Berg");
        assertThat(TestAnalyzer.withCue(a, "understood")).extracting(s -> s.content().text())
                .containsExactly("that a legislative push would be fruitless");
    }

    @Test
    @DisplayName("attribution: an opening participle is an adjunct of the cue after it, neither its content nor its host")
    void anOpeningParticipleIsNeitherContentNorHost() {
        Analysis a = TestAnalyzer.analyze("Lamenting their luck, Swedes often say, “Poor Lund, so far from the sea.”", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), s -> s.parent())
                .containsExactly(tuple("Lamenting", "their luck", null),
                        tuple("often say", "“Poor Lund, so far from the sea.”", null));
    }

    @Test
    @DisplayName("attribution: a reduced passive after the cue (\"when asked\") does not stop the quotation going on")
    void aReducedPassiveAfterTheCueDoesNotStopTheQuotation() {
        String text = "“No council will ever get it right,” Lopez said when asked about the harbor plan. “The job is to keep trying.”";
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, "said")).extracting(s -> s.content().text()).containsExactly(text);
    }

    @Test
    @DisplayName("attribution: \"Asked about X, Y said\": Y is the one asked, so the question has no named speaker")
    void theOneAskedIsNotTheAsker() {
        Analysis a = TestAnalyzer.analyze("Asked whether the harbour would close, Lind said she did not know.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(),
                        s -> s.speaker() == null ? null : s.speaker().span().text())
                .containsExactly(tuple("Asked", "whether the harbour would close", null),
                        tuple("said", "she did not know", "Lind"));

        Analysis when = TestAnalyzer.analyze("\"We'll see,\" Lind said when asked whether she would run again.", DAY);
        assertThat(TestAnalyzer.withCue(when, "asked")).singleElement().satisfies(s -> assertThat(s.speaker()).isNull());
    }

    @Test
    @DisplayName("attribution: a reporting clause before a semicolon is a statement of its own, not another cue's content")
    void aReportingClauseIsNoOtherCuesContent() {
        assertOnlyStatement("Republicans said the timing of the news was not intentional; they only learned on Friday of "
                + "the arrangements with the port.", "said", "the timing of the news was not intentional");
    }

    @Test
    @DisplayName("attribution: a quotation-only paragraph goes on with the statement that ends the paragraph before it")
    void aQuotationOnlyParagraphContinuesTheStatementBeforeIt() {
        String text = "Maria Lind spoke in Bergen.\n“The talks have failed,” she said.\n“We will go home.\n“We tried for a year.”\n"
                + "Anders Dahl was calm.";
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement s = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(s.content().text()).startsWith("“The talks have failed,”").endsWith("“We tried for a year.”");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“The talks have failed,” she said.\n“We will go home,” Anders Dahl added.",
            "“The talks have failed,” she said.\n“DAHL: We will go home.”",
            "“The talks have failed,” she said, and left.\n“We will go home.”",
            "“The talks have failed,” she said.\n\"We will go home.\nAnders Dahl was calm."})
    @DisplayName("attribution: a paragraph with its own cue, after a statement that does not end its paragraph, or never closed, is no continuation")
    void aParagraphWithASpeakerOrAfterMoreWordsIsNoContinuation(String text) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, "said").get(0).content().text()).isEqualTo("“The talks have failed,”");
    }

    @Test
    void aQuotationOpeningTheParagraphAfterACueAndColonIsItsContent() {
        assertOnlyStatement("At the summit, Anders Dahl continued:\n“The talks have failed. We will go home.”",
                "continued:", "“The talks have failed. We will go home.”");
    }

    @Test
    @DisplayName("attribution: of two subjects the parser gave a cue, the one next to it speaks")
    void theSubjectNextToTheCueSpeaks() {
        Analysis a = TestAnalyzer.analyze("Maria Lind had told the guards that she did not want an escort, "
                + "but the ministry overruled that request, the source added.", DAY);

        assertThat(TestAnalyzer.withCue(a, "added")).extracting(s -> s.speaker().span().text()).containsExactly("the source");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The navy may be reluctant to act while the talks go on, Maria Lind said. “The other factor is the weather.” | The navy may be reluctant | “The other factor is the weather.”
            “We are ready,” Maria Lind said on Monday at a dinner in Bergen, where the fishing minister also dined. “We have been ready for weeks.” | “We are ready,” | “We have been ready for weeks.”
            “We are ready,” Maria Lind, the port's director, said on the radio show “Harbour Hour.” “We have been ready for weeks.” | “We are ready,” | “We have been ready for weeks.”
            “We are ready,” Maria Lind said on the show “Harbour Hour”. “We have been ready for weeks.” | “We are ready,” | “We have been ready for weeks.”
            """)
    @DisplayName("attribution: a quotation later in the paragraph, with no speaker of its own, goes on with the content before the cue, past a title that ends the cue's sentence")
    void aLaterQuotationInTheParagraphContinuesTheContentBeforeTheCue(String text, String starts, String ends) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, "said")).singleElement()
                .satisfies(s -> assertThat(s.content().text()).startsWith(starts).endsWith(ends));
    }

    @Test
    void aLaterQuotationWithItsOwnSpeakerIsNoContinuation() {
        Analysis a = TestAnalyzer.analyze("“We are ready,” Maria Lind said. “We have been ready for weeks,” Anders Dahl added.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("said", "“We are ready,”"),
                        tuple("added", "“We have been ready for weeks,”"));
    }

    @Test
    @DisplayName("attribution: a bare participle after a reported clause ('…, the institute said, compared with …') leaves it to its cue")
    void aBareParticipleNeverTakesTheClauseBeforeIt() {
        Analysis a = TestAnalyzer.analyze("The richest tenth would see an average tax cut of 275,000 crowns, the institute said, "
                + "compared with 2,700 crowns for the middle.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), Statement::parent)
                .containsExactly(tuple("said", null));
    }

    @Test
    @DisplayName("attribution: a name alone is the content of a cue whose content is its object")
    void aNameAloneIsAnObjectContent() {
        assertOnlyStatement("The fishermen's union endorsed Lindqvist.", "endorsed", "Lindqvist");
    }

    @Test
    @DisplayName("attribution: a cue with its own object reports that object, not the clause the parser set beside it")
    void aCueWithItsOwnObjectLeavesTheClauseBesideIt() {
        Analysis a = TestAnalyzer.analyze("Growing up in a house where my uncle referred to the mayor as a crook, "
                + "I knew this talk was wrong.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("referred to", "the mayor as a crook", null), tuple("knew", "this talk was wrong", null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Dahl continued delivering a longer version of his speech.",
            "Lind continued her tour of the coast on Friday.",
            "The ferries continue to run twice a day.",
    })
    @DisplayName("attribution: 'continue' that goes on doing reports nothing")
    void goingOnDoingIsNoSpeech(String text) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements()).isEmpty();
    }

    @Test
    @DisplayName("attribution: 'continued' with a quotation or a that-clause still reports")
    void goingOnSpeakingIsSpeech() {
        Analysis a = TestAnalyzer.analyze("“We will rebuild,” Lind continued. She continued, “The port stays open.” "
                + "Berg continued that the money was late.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("continued", "“We will rebuild,”"), tuple("continued", "“The port stays open.”"),
                        tuple("continued", "that the money was late"));
    }

    @Test
    @DisplayName("attribution: a participle cue after a closing quotation or with its preposition reports beside the statement before it")
    void aParticipleAfterAQuotationReportsBeside() {
        Analysis a = TestAnalyzer.analyze("Dahl said the ferry was “a disgrace,” noting that the crews had not been paid. "
                + "Berg said the talks had stalled, pointing to the empty chairs.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("said", "the ferry was “a disgrace,”", null),
                        tuple("noting", "that the crews had not been paid", null),
                        tuple("said", "the talks had stalled", null), tuple("pointing to", "the empty chairs", null));
    }

    @Test
    @DisplayName("attribution: the speaker's next cue after 'before …ing' or 'but' (also of several words) reports beside the content")
    void theSpeakersNextCueReportsBeside() {
        Analysis a = TestAnalyzer.analyze("Lind said the deadlock has “kept us safe” on the radio before claiming that the borders are open. "
                + "Berg said he is friendly with the mayor but took issue with his refusal to resign.", DAY);

        assertThat(a.statements()).extracting(s -> TestAnalyzer.speakerName(a, s), s -> s.cue().span().text(), s -> s.content().text(),
                        Statement::parent)
                .containsExactly(tuple("Lind", "said", "the deadlock has “kept us safe” on the radio", null),
                        tuple("Lind", "claiming", "that the borders are open", null),
                        tuple("Berg", "said", "he is friendly with the mayor", null),
                        tuple("Berg", "took issue with", "his refusal to resign", null));
    }

    @Test
    @DisplayName("attribution: an inverted speaker at the sentence's end that the parser read as the object of a conjunct cue")
    void anInvertedSpeakerReadAsAConjunctsObject() {
        Analysis a = TestAnalyzer.analyze("In nearby Lund, the big steel plant is hanging on, but it is under intense pressure "
                + "from Asian imports, said the company's chief executive, John Berg.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("the company's chief executive, John Berg", "said",
                        "In nearby Lund, the big steel plant is hanging on, but it is under intense pressure from Asian imports"));
    }

    @Test
    @DisplayName("attribution: an inverted speaker set off mid-sentence leaves the content running on after it")
    void anInvertedSpeakerMidSentence() {
        assertOnlyStatement("Lind also lacks in the looks department, said Howard, but her politics do not make up for it.", "said",
                "Lind also lacks in the looks department, said Howard, but her politics do not make up for it");
    }

    @Test
    @DisplayName("attribution: an adverb linking to the sentence before ('however') is not part of the cue")
    void aLinkingAdverbIsNotPartOfTheCue() {
        assertThat(TestAnalyzer.analyze("Berg however said the port would stay open.", DAY).statements())
                .extracting(s -> s.cue().span().text()).containsExactly("said");
    }

    @Test
    @DisplayName("attribution: an object content ends before a clause of its own the parser coordinated with the noun")
    void anObjectEndsBeforeACoordinatedClause() {
        Analysis a = TestAnalyzer.analyze("Lind often speaks of breaking that highest, hardest glass ceiling by being elected "
                + "president, and she jokingly tells crowds that, after 44 male mayors, it is time.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), Statement::parent)
                .containsExactly(tuple("often speaks of", "breaking that highest, hardest glass ceiling by being elected president", null),
                        tuple("jokingly tells", "that, after 44 male mayors, it is time", null));
    }

    @Test
    @DisplayName("attribution: a cue set off by a comma that the parser hung on the cue before is no content of it")
    void aCueSetOffAfterTheContentIsNotItsComplement() {
        Analysis a = TestAnalyzer.analyze("In the coming months, Dahl vowed to ban visitors from entering the country as a response "
                + "to attacks, declined at first to criticize former leader Erik Berg, and most recently defended the use of an image.", DAY);

        assertThat(TestAnalyzer.withCue(a, "vowed")).extracting(s -> s.content().text())
                .containsExactly("to ban visitors from entering the country as a response to attacks");
    }

    @Test
    @DisplayName("attribution: the writer's narration after '…, lawmakers said Friday,' is not part of what they said")
    void narrationAfterAParentheticalCueIsNotTheContent() {
        assertOnlyStatement("Lind's long obsession with the mayor's birth is an insult to all voters, top local lawmakers said "
                + "Friday afternoon, as they bristled at the questions.", "said",
                "Lind's long obsession with the mayor's birth is an insult to all voters");
    }

    @Test
    @DisplayName("attribution: 'said if elected he could …' reports the conditional clause the parser hung on the cue")
    void aConditionAfterTheCueIsReported() {
        assertOnlyStatement("Dahl said if elected president he could work effectively with the leadership.", "said",
                "if elected president he could work effectively with the leadership");
    }

    @Test
    @DisplayName("attribution: where a statement was made ('in a statement on Thursday') closes no content")
    void theOccasionOfAStatementIsNotItsContent() {
        assertOnlyStatement("Dahl called for more school investment in a statement on Thursday.", "called for",
                "more school investment");
        assertOnlyStatement("Lind argued that the losing side in the court ruling would appeal.", "argued",
                "that the losing side in the court ruling would appeal");
    }

    @Test
    @DisplayName("attribution: an opening participle's content ends where the main clause's speaker begins")
    void anOpeningParticipleReportsBesideTheMainClause() {
        Analysis a = TestAnalyzer.analyze("Tweeting his new nickname for Lind, his son said Dahl is just getting started.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text(), s -> s.parent())
                .containsExactly(tuple("Tweeting", "his new nickname for Lind", null),
                        tuple("said", "Dahl is just getting started", null));
    }

    @Test
    @DisplayName("attribution: a court or board that rules, and a writer who surmises, report a clause")
    void rulingsAndGuessesReport() {
        assertOnlyStatement("The board ruled that Dahl met the criteria.", "ruled", "that Dahl met the criteria");
        assertOnlyStatement("Lind surmised that the ferry had left early.", "surmised", "that the ferry had left early");
    }

    /** The text has one statement, with this cue and content. */
    private static void assertOnlyStatement(String text, String cue, String content) {
        assertThat(TestAnalyzer.analyze(text, DAY).statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple(cue, content));
    }

    @Test
    @DisplayName("attribution: a headline's 'Calls X ‘A Disgrace’' with the predicate hung on X is a complement")
    void aPredicateHungOnTheIndirectObjectIsTheComplement() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl Calls Maria Lind ‘A Disgrace’ Over Harbour Shooting Comments.\n\n"
                + "Anders Dahl said on Monday that the minister had failed.", DAY);

        // PolNeAR would end the content at "‘A Disgrace’"; the parser hangs "Over …" inside the predicate
        assertThat(TestAnalyzer.withCue(a, "Calls")).singleElement()
                .satisfies(s -> assertThat(s.content().text()).startsWith("Maria Lind ‘A Disgrace’"));
    }

    @Test
    @DisplayName("attribution: 'I' outside quotations is the writer, but inside a labelled statement the label's speaker")
    void firstPersonIsTheWriterUnlessInsideAnotherStatement() {
        Analysis a = TestAnalyzer.analyze("I believe the council was wrong.\nDAHL: I think the quotas are too low.", DAY);

        assertThat(a.statements()).filteredOn(s -> s.speaker() != null && s.speaker().span().text().equals("I"))
                .extracting(s -> s.cue().span().text(), s -> TestAnalyzer.speakerName(a, s))
                .containsExactly(tuple("believe", "the writer"), tuple("think", "DAHL"));
    }

    @Test
    void aSemicolonEndsTheContentAfterTheCue() {
        Analysis a = TestAnalyzer.analyze("Six in 10 voters said they were tired of the campaign; 46 percent said they were angry.", DAY);

        assertThat(a.statements()).extracting(s -> s.content().text())
                .containsExactly("they were tired of the campaign", "they were angry");
    }

    @Test
    void aSpeakerAfterTheQuotationIsOnlyTheNameWithoutWhenItSpoke() {
        Analysis a = TestAnalyzer.analyze("“The ferry is late,” said Maria Lind, on her first day as harbour master.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text()).containsExactly("Maria Lind");
    }

    @Test
    void theSourceIsTheWholePhraseWithItsApposition() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl, a former diplomat who runs a consultancy, said the talks had failed.", DAY);

        Statement s = a.statements().get(0);
        assertThat(s.speaker().span().text()).isEqualTo("Anders Dahl, a former diplomat who runs a consultancy");
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo("Anders Dahl");
    }

    @Test
    @DisplayName("attribution: a participle after a quoted statement has that statement's speaker and only its own content")
    void aParticipleAfterAQuotationTakesItsSpeakerNotTheQuotation() {
        Analysis a = TestAnalyzer.analyze("“We cannot afford this anymore,” Maria Lind said, adding later, "
                + "“The navy is costing us a fortune.”", DAY);
        Statement adding = TestAnalyzer.withCue(a, "adding later").get(0);
        assertThat(adding.content().text()).isEqualTo("“The navy is costing us a fortune.”");
        assertThat(TestAnalyzer.speakerName(a, adding)).isEqualTo("Maria Lind");

        Analysis b = TestAnalyzer.analyze("Maria Lind met the board. “You squeezed the crews to the breaking point,” "
                + "she said, referencing the company’s drive to cut costs.", DAY);
        Statement referencing = TestAnalyzer.withCue(b, "referencing").get(0);
        assertThat(TestAnalyzer.speakerName(b, referencing)).isEqualTo("Maria Lind");
    }

    @Test
    @DisplayName("attribution: a name inside the subject phrase names the speaker, the span stays the whole phrase")
    void aNameInsideTheSubjectKeepsTheWholePhrase() {
        Analysis a = TestAnalyzer.analyze("A 2019 study by economist Maria Lind showed 31 errors in the count.", DAY);

        Statement s = a.statements().get(0);
        assertThat(s.speaker().span().text()).isEqualTo("A 2019 study by economist Maria Lind");
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo("Maria Lind");
    }

    @Test
    void aSignedQuotationAndASpeakerLabelAreStatements() {
        Analysis a = TestAnalyzer.analyze("“The border must stay open.” ― Maria Lind\nDAHL: We will not sign this treaty today.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("―", "Maria Lind", "“The border must stay open.”"),
                        tuple(":", "DAHL", "We will not sign this treaty today"));
    }

    @Test
    void aSpeakerLabelAfterLeadingSpaceOrAQuoteIsStillALabel() {
        Analysis a = TestAnalyzer.analyze("  DAHL: We will not sign.\n\"LIND: Nor will we sign it.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text()).containsExactly("DAHL", "LIND");
    }

    @Test
    void aStatementReportedInsideAnotherIsNested() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl said the government believes the talks have failed.", DAY);

        Statement outer = TestAnalyzer.withCue(a, "said").get(0);
        Statement inner = TestAnalyzer.withCue(a, "believes").get(0);
        assertThat(outer.parent()).isNull();
        assertThat(inner.parent()).isEqualTo(outer.id());
        assertThat(inner.content().text()).isEqualTo("the talks have failed");
        assertThat(inner.speaker().span().text()).isEqualTo("the government");
    }

    @Test
    void aQuoteOverTwoSentencesStaysWhole() {
        String text = "Anders Dahl spoke in Bergen.\n“The talks have failed. We will go home,” he said.";
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement s = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(s.content().text()).isEqualTo("“The talks have failed. We will go home,”");
        assertThat(s.form()).isEqualTo(StatementForm.DIRECT);
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo("Anders Dahl");
        assertThat(s.speaker().span().text()).isEqualTo("he");
    }

    @Test
    void formsAreDirectMixedAndIndirect() {
        Analysis a = TestAnalyzer.analyze("“We are ready,” Anders Dahl said. "
                + "Maria Lind described the offer as “a good start”. "
                + "Erik Berg said the offer was fair.", DAY);

        assertThat(a.statements()).extracting(Statement::form)
                .containsExactly(StatementForm.DIRECT, StatementForm.MIXED, StatementForm.INDIRECT);
    }

    @Test
    void theTimeOfSayingIsTheTimeOnTheCue() {
        Analysis a = TestAnalyzer.analyze("The ministry said on Friday that the talks on Monday had failed.", DAY);

        assertThat(a.statements()).extracting(Statement::time).containsExactly("2025-03-07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The quota bill is expected to pass the chamber next week.   | is expected | The quota bill is expected to pass the chamber next week
            Anders Dahl seems to have lost patience with the talks.     | seems       | Anders Dahl seems to have lost patience with the talks
            The harbour deal was widely viewed as a defeat for Norland. | was widely viewed | The harbour deal was widely viewed as a defeat for Norland
            Maria Lind was accused of taking bribes from the ferry company. | was accused | Maria Lind was accused of taking bribes from the ferry company
            Three councillors were charged with receiving bribes.       | were charged | Three councillors were charged with receiving bribes
            Anders Dahl has been criticized for his silence on the quotas. | has been criticized | Anders Dahl has been criticized for his silence on the quotas
            Anders Dahl was declared the winner in Bergen.              | was declared | Anders Dahl was declared the winner in Bergen
            Maria Lind is best known for her vetoes on the port board.  | is best known | Maria Lind is best known for her vetoes on the port board
            The ferry plan was labeled “mostly true.”                   | was labeled | The ferry plan was labeled “mostly true.”
            Anders Dahl was asked to name one thing the board did well. | was asked | Anders Dahl was asked to name one thing the board did well
            """)
    @DisplayName("attribution: an evidential cue or an accusation in the passive names no source (an allegation "
            + "whose accuser is unnamed); its content is the whole clause, cue included")
    void anEvidentialCueHasNoSourceAndTheWholeClause(String sentence, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        assertThat(a.statements()).hasSize(1);
        Statement s = a.statements().get(0);
        assertThat(s.speaker()).isNull();
        assertThat(s.cue().span().text()).isEqualTo(cue);
        assertThat(s.content().text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “But I think raising the fees hurts the fishing towns,” Lind told Fox in the interview, taped Saturday. | “But I think raising the fees hurts the fishing towns,”
            “That’s a real risk, because they’re very stubborn,” Dahl, 61, told NRK Monday when asked about worries that his crews would strike. | “That’s a real risk, because they’re very stubborn,”
            """)
    @DisplayName("attribution: after a quotation that opens the sentence, 'told' reports the quotation, whatever the parser made of its addressee")
    void aQuotationBeforeTheSpeakerIsWhatTheyTold(String sentence, String content) {
        assertThat(TestAnalyzer.withCue(TestAnalyzer.analyze(sentence, DAY), "told")).singleElement()
                .satisfies(s -> assertThat(s.content().text()).isEqualTo(content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Asked why he trailed Lind so badly among young voters, Dahl said he would gain ground soon. | Asked | why he trailed Lind so badly among young voters
            Asked what a firm deal looks like, Dahl replied: “We are a long way off from that.” | Asked | what a firm deal looks like
            When asked by a host if the leaks had led to the closure, the mayor said no. | asked | if the leaks had led to the closure
            """)
    @DisplayName("attribution: a sentence's opening 'Asked' reports the question up to the comma before the main clause, however the parser hung it")
    void anOpeningAskedReportsTheQuestionBeforeTheMainClause(String sentence, String cue, String content) {
        assertThat(TestAnalyzer.analyze(sentence, DAY).statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .contains(tuple(cue, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour deal was widely viewed as a defeat for Norland, especially after the minister admitted the talks had failed. | was widely viewed | The harbour deal was widely viewed as a defeat for Norland
            Anders Dahl is expected to win the vote, even though he said little in the debate. | is expected | Anders Dahl is expected to win the vote
            """)
    @DisplayName("attribution: an evidential clause ends before the writer's adjunct after a comma, whose own cue is a statement of its own")
    void anEvidentialClauseEndsBeforeTheWritersAdjunct(String sentence, String cue, String content) {
        assertThat(TestAnalyzer.analyze(sentence, DAY).statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .contains(tuple(cue, content));
    }

    @Test
    void anEvidentialPassiveWithAnAgentOrACueInsideIsReadAsUsual() {
        Analysis a = TestAnalyzer.analyze("The bill is expected by analysts to pass. Anders Dahl is expected to say that the talks failed.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .contains(tuple("to say", "that the talks failed"))
                .doesNotContain(tuple("is expected", "Anders Dahl is expected to say that the talks failed"));
    }

    @Test
    void aParticipleBesideTheSpeakerStaysOutOfTheSourceSpan() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl, speaking to a veterans group in Bergen, said the talks had failed.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text()).containsExactly("Anders Dahl");
    }

    @Test
    void aClauseOpenedByButIsNotTheCuesContent() {
        Analysis a = TestAnalyzer.analyze("Dahl proposed dropping the tax break as promised, but analysts agreed it was still a top-heavy plan.", DAY);

        assertThat(TestAnalyzer.withCue(a, "proposed")).extracting(s -> s.content().text())
                .containsExactly("dropping the tax break as promised");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anna Berg met Lars Holm in Oslo on Monday. She said the talks had failed.  | Anna Berg
            Lars Holm met Anna Berg in Oslo on Monday. He said the talks had failed.   | Lars Holm
            Mr. Dahl met Mrs. Lind in Oslo on Monday. He said the talks had failed.    | Dahl
            Mrs. Lind met Mr. Dahl in Oslo on Monday. She said the talks had failed.   | Lind
            Anna Berg met Kevin in Oslo on Monday. She said the talks had failed.      | Anna Berg
            """)
    @DisplayName("attribution: he and she resolve to a person of that gender, told by a first name or a title")
    void aPronounSkipsAPersonOfTheOtherGender(String text, String speaker) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement said = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(TestAnalyzer.speakerName(a, said)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Maria Lind said she did not support Anders Dahl, the ferry company’s chairman.",
            "Maria Lind said she did not support Anders Dahl, even as she praised his crews."})
    void anAppositionOrConcessionClosingTheContentIsTheWritersGlossNotTheReport(String text) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, "said").get(0).content().text()).isEqualTo("she did not support Anders Dahl");
    }

    /** The parser makes the noun of "according to" the sentence's root, its subtree the whole sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            According to the officer in charge of the harbour that night, the film is entirely untrue. | officer in charge of the harbour that night | the film is entirely untrue
            Fishermen without a licence made up just 36 percent of the fleet in 2012, according to port records. | port records | Fishermen without a licence made up just 36 percent of the fleet in 2012
            """)
    void accordingToReadAsTheRootStillReportsTheRestOfTheSentence(String text, String source, String content) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement according = a.statements().stream().filter(s -> s.cue().lemma().equals("accord to")).findFirst().orElseThrow();
        assertThat(according.speaker().span().text()).endsWith(source);
        assertThat(according.content().text()).isEqualTo(content);
    }

    @Test
    void aSecondThatClauseCoordinatedWithTheCueGoesOnWithTheContent() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl said the town needs to secure the harbour, but that he would not "
                + "support closing it.", DAY);

        assertThat(TestAnalyzer.withCue(a, "said").get(0).content().text())
                .isEqualTo("the town needs to secure the harbour, but that he would not support closing it");
    }

    @Test
    void anImperativeIsTheWritersAddressButWhatItSupposesIsReported() {
        Analysis a = TestAnalyzer.analyze("Say Norland demanded that the ferries prove their catch was legal.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("demanded", "that the ferries prove their catch was legal"));
    }

    /** The parser reads the inverted speaker's relative clause, or a participle in its apposition, as the cue's clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Sooner or later the crews make sensible deals and the harbour works,” replied Obama, whose criticism of Lind has sharpened since she all but clinched the vote. | replied | “Sooner or later the crews make sensible deals and the harbour works,”
            ''Fishermen wake up every day to more bad news with a fleet in constant crisis,'' said Maria Lind, executive director of the Foundation for Coastal Towns, a policy institute focused on national security. | said | ''Fishermen wake up every day to more bad news with a fleet in constant crisis,''
            """)
    void theSpeakerAfterAQuotationIsNeverItsContent(String text, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(TestAnalyzer.withCue(a, cue).get(0).content().text()).isEqualTo(content);
    }

    /** The parser hangs "said" on the clause before as a dep and reads its speaker as an object. */
    @Test
    void anInvertedSpeakerAfterALongClauseIsTheSpeakerNotThatClausesSubject() {
        Analysis a = TestAnalyzer.analyze("The ferry’s refusal to stop did not go over well with the crews, and the meeting "
                + "fell apart from there, said one union source in the room.", DAY);

        Statement said = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(said.speaker().span().text()).isEqualTo("one union source in the room");
        assertThat(said.content().text())
                .isEqualTo("The ferry’s refusal to stop did not go over well with the crews, and the meeting fell apart from there");
    }

    @Test
    void aPhraseWithoutAVerbBeforeTheCueEndingTheSentenceIsItsContent() {
        Analysis a = TestAnalyzer.analyze("Maria Lind fed the birds. Gulls like the harbour, she said.", DAY);

        Statement said = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(TestAnalyzer.speakerName(a, said)).isEqualTo("Maria Lind");
        assertThat(said.content().text()).isEqualTo("Gulls like the harbour");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ferries had already begun to run late by the time Maria Lind said that.",
            "We have been here before: Anders Dahl declared war on the quotas."})
    void aClauseRunningIntoTheCuesOwnIsNotItsContent(String text) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(a.statements()).extracting(s -> s.content().text()).noneMatch(c -> text.startsWith(c));
    }

    /**
     * A pronoun speaker named in the sentence before, in clauses the parser misreads: "network NRK she
     * blasted" as a relative clause with NRK its object; a gerund subject opening the clause before
     * "…, she said" as an adverbial ("Giving a speech, …"), which lost the statement.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Maria Lind runs the ferry union. A week ago in an interview with Norway’s public network NRK she blasted the Bergen press for being “utterly dishonest.” | blasted | the Bergen press for being “utterly dishonest.”
            Maria Lind runs the port. Finding what lies under the harbour is not as simple as it looks, she said. | said | Finding what lies under the harbour is not as simple as it looks
            """)
    void aMisparsedClauseStillGivesTheEarlierSpeakerAndTheContent(String text, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement statement = TestAnalyzer.withCue(a, cue).get(0);
        assertThat(TestAnalyzer.speakerName(a, statement)).isEqualTo("Maria Lind");
        assertThat(statement.content().text()).isEqualTo(content);
    }

    @Test
    void sheLongAfterTheOnlyPersonNamedIsThatPerson() {
        Analysis a = TestAnalyzer.analyze("Maria Lind grew up in Bergen. The harbour was busy then. Trawlers came every day. "
                + "The fish market opened at five. Prices rose every spring. Later, she said the quotas had ruined the town.", DAY);

        Statement said = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(TestAnalyzer.speakerName(a, said)).isEqualTo("Maria Lind");
    }

    @Test
    void aPronounWithNoAntecedentGivesNoSpeaker() {
        Analysis a = TestAnalyzer.analyze("He said the talks had failed.", DAY);

        assertThat(a.statements()).hasSize(1);
        assertThat(a.statements().get(0).speaker()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said the fares were fair. She added that nobody pays more.                    | mayor
            A spokesman for the harbour board said the fares were fair. He added that nobody pays more. | spokesman
            The ministry said the fares were fair. It added that nobody pays more.                  | ministry
            """)
    @DisplayName("attribution: a pronoun names the unnamed speaker before it, a person by a role of one "
            + "('the mayor' … 'she') or a body named in the singular ('the ministry' … 'it')")
    void aPronounNamesAnUnnamedSpeakerByItsRole(String text, String speaker) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        Statement added = TestAnalyzer.withCue(a, "added").get(0);
        assertThat(added.speaker()).isNotNull();
        assertThat(TestAnalyzer.speakerName(a, added)).isEqualTo(speaker);
        assertThat(added.speaker().actor()).isEqualTo(TestAnalyzer.withCue(a, "said").get(0).speaker().actor());
    }

    @Test
    void hePointsToAPersonNeverToAnOrganisation() {
        Analysis a = TestAnalyzer.analyze("The ministry said the talks had failed. He added that the ships would stay.", DAY);

        Statement added = TestAnalyzer.withCue(a, "added").get(0);
        assertThat(added.speaker()).isNull();
    }

    @Test
    void everyStatementSpanLiesInTheText() {
        String text = "“We are ready,” Anders Dahl said. According to officials, the talks went on.\n"
                + "“Unbalanced, he said. \"Straight quotes\" too, Maria Lind added.";
        Analysis a = TestAnalyzer.analyze(text, DAY);

        for (Statement s : a.statements()) {
            for (var span : List.of(s.cue().span(), s.content())) {
                assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            }
            if (!s.content().text().startsWith("“")) { // a quotation split by its cue holds it
                assertThat(s.content().overlaps(s.cue().span())).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In a Harbour Post poll released Monday, Lind leads Dahl by five points. | a Harbour Post poll released Monday | Lind leads Dahl by five points
            But in the latest polls, the ferry union is ahead.                     | the latest polls | the ferry union is ahead
            In the May poll, conducted by phone, Lind led Dahl among older voters. | the May poll, conducted by phone | Lind led Dahl among older voters
            In the Bergen Post/NRK average of recent polls, Dahl trails by four.   | the Bergen Post/NRK average of recent polls | Dahl trails by four
            """)
    @DisplayName("attribution: a sentence that opens with its poll is the poll's statement, the cue 'In' (PolNeAR counts it)")
    void aPollOpeningTheSentenceReportsIt(String sentence, String source, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        List<Statement> in = TestAnalyzer.withCue(a, "In").isEmpty() ? TestAnalyzer.withCue(a, "in") : TestAnalyzer.withCue(a, "In");
        assertThat(in).hasSize(1);
        assertThat(in.get(0).speaker().span().text()).isEqualTo(source);
        assertThat(in.get(0).content().text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In eight of the nine towns where polls were held, turnout fell.",
            "Lind trails Dahl in the polls, and the gap is growing.",
            "In the poll, which asked about the quotas, most answered.",
            "In Bergen, a poll found that most trust the crews.",
            "Dahl spoke. In the latest poll,"})
    void aPollThatIsNotTheOpeningPhrasesHeadReportsNothingThroughIn(String sentence) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        assertThat(a.statements()).noneMatch(s -> s.cue().span().text().equalsIgnoreCase("in"));
    }

    @Test
    void aCueWithItsOwnObjectReportsItNotTheClauseBesideIt() {
        Analysis a = TestAnalyzer.analyze("Asked why he trailed Lind so badly among young voters, Anders Dahl attacked the press.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text()).containsExactly(
                tuple("Asked", "why he trailed Lind so badly among young voters"), tuple("attacked", "the press"));
    }

    @Test
    void aRelativeClauseAfterTheObjectIsNotWhatTheCueReports() {
        Analysis a = TestAnalyzer.analyze("Ah, allies once more: Anders Dahl endorses Maria Lind, who says she is honored. "
                + "Citing an old rumour, Vik accused Berg, who was born in Oslo, of meeting the smugglers.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .contains(tuple("endorses", "Maria Lind"), tuple("says", "she is honored"))
                .noneMatch(t -> t.toList().contains("who was born in Oslo, of meeting the smugglers"));
    }

    /** The parser ends the reported clause before its own verb; the content runs on over it. */
    @Test
    void aReportedClauseRunsOnOverItsOwnPredicate() {
        Analysis a = TestAnalyzer.analyze("An audit released last year found that the ministry could not be sure that "
                + "money paid for the licences was not coming from smugglers. "
                + "Even some who endorsed the plan sounded uneasy about it.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text()).contains(
                tuple("found",
                        "that the ministry could not be sure that money paid for the licences was not coming from smugglers"),
                tuple("endorsed", "the plan"));
    }

    /** A colon introduces a quotation whatever the words before it: the cue runs from their verb to the colon. */
    @Test
    void aQuotationAfterAColonIsReportedWithoutAReportingVerb() {
        Analysis a = TestAnalyzer.analyze("Dahl leaned in and boomed: “Let’s win this in November.” "
                + "The harbour council had one message: “Keep the quotas.”\n\n"
                + "Pollster Ann Lee: “Turnout will decide it.”\n\n"
                + "The ministry released the following statement:\n\n“We regret the delay at the harbour.”", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("Dahl", "boomed:", "“Let’s win this in November.”"),
                        tuple("The harbour council", "had one message:", "“Keep the quotas.”"),
                        tuple("Pollster Ann Lee", ":", "“Turnout will decide it.”"),
                        tuple("The ministry", "released the following statement:", "“We regret the delay at the harbour.”"));
    }

    @Test
    void aColonQuotationIsReportedOnceAndNeverAfterAByline() {
        Analysis a = TestAnalyzer.analyze("Dahl said: “We will win.”\n\n"
                + "NEW ON STAGE—“Hamlet returns to the harbour,” by the Post's Ann Lee: "
                + "“The play opened last night.”", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("said:", "“We will win.”"));
    }

    /**
     * "…, the Post reported" reports the clause before the comma even where the parser misread it:
     * a past tense tagged as a participle, or an adverbial opener before the clause.
     */
    @Test
    void aReportingClauseAfterACommaTakesTheWholeClauseBefore() {
        Analysis a = TestAnalyzer.analyze("Members of the harbour board long ago soured on Dahl, the Post reported, "
                + "citing an anonymous source.\n\n"
                + "In Bergen, organizers placed 160 guards along the ferry route, up from 90 last year, the Post reported.", DAY);

        assertThat(TestAnalyzer.withCue(a, "reported")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("the Post", "Members of the harbour board long ago soured on Dahl"),
                        tuple("the Post", "In Bergen, organizers placed 160 guards along the ferry route, up from 90 last year"));
    }

    /** "As reported by X, …" and "…, as first reported by X." report the rest of the sentence, as "according to" does. */
    @Test
    void anAsReportedPhraseReportsTheRestOfItsSentence() {
        Analysis a = TestAnalyzer.analyze("As reported by the Bergen Post, inspectors found over 2,200 faulty nets "
                + "in the harbour. "
                + "The council started buying ad time in the coastal towns this week, "
                + "as first reported by the Bergen Post on Tuesday. "
                + "As stated in Lind's column, there are conflicting stories about the quota.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("the Bergen Post", "reported", "inspectors found over 2,200 faulty nets in the harbour"),
                        tuple("the Bergen Post", "first reported",
                                "The council started buying ad time in the coastal towns this week"),
                        tuple("Lind's column", "stated", "there are conflicting stories about the quota"));
    }

    /** Claims, rejections and dismissals report their object even without a complement; so do railing, sparring and pivoting. */
    @Test
    void objectCuesReportTheirObject() {
        assertOnlyStatement("Lind claimed a narrow victory.", "claimed", "a narrow victory");
        assertOnlyStatement("The council rejected the allegation.", "rejected", "the allegation");
        assertOnlyStatement("Dahl dismissed the report.", "dismissed", "the report");
        assertOnlyStatement("Dahl railed at the ministry's refusal to cut quotas.", "railed at",
                "the ministry's refusal to cut quotas");
        assertOnlyStatement("The two candidates sparred over harbour fees.", "sparred over", "harbour fees");
        assertOnlyStatement("Lind quickly pivoted to the ferry subsidies.", "quickly pivoted to", "the ferry subsidies");
    }

    /** A cue in a subject clause ("Everything Dahl says is …") reports nothing of its own; the predicate is the writer's. */
    @Test
    void aCueInASubjectClauseDoesNotReportThePredicate() {
        assertThat(TestAnalyzer.analyze("Everything Dahl says is a lie unless proven otherwise.", DAY).statements()).isEmpty();
        assertOnlyStatement("He said the nation has become a laughing stock.", "said", "the nation has become a laughing stock");
    }

    /** A cue in a sentence's opening subordinate clause reports that clause only, not the main clause after its comma. */
    @Test
    void aCueInAnOpeningSubordinateClauseReportsOnlyThatClause() {
        assertOnlyStatement("While some fishermen say the quota is fair, the council has its doubts.", "say", "the quota is fair");
        // the parser hangs "the woman ended up …" on "ask"
        assertOnlyStatement("After saying she was nervous to ask a question, the woman ended up in the middle of the hall "
                + "with her arm around Dahl.", "saying", "she was nervous to ask a question");
    }

    /** A relative pronoun that is an object cue's object is its content: PolNeAR marks "which" alone. */
    @Test
    void aRelativePronounObjectIsTheContent() {
        assertOnlyStatement("The ferry levy, which Dahl strongly opposes, passed on Monday.", "strongly opposes", "which");
        assertThat(TestAnalyzer.analyze("Lind proposed a carbon tax, which Dahl does not favor.", DAY).statements())
                .extracting(s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("proposed", "a carbon tax"));
    }

    /** A cue that takes a side reports a lone pronoun object ("endorsed her"); a reflexive or another cue's pronoun is no content. */
    @Test
    void aSideTakingCueReportsAPronounObject() {
        assertOnlyStatement("The harbour board endorsed her.", "endorsed", "her");
        assertOnlyStatement("Lind opposes it.", "opposes", "it");
        assertThat(TestAnalyzer.analyze("Dahl defended himself.", DAY).statements()).isEmpty();
        assertThat(TestAnalyzer.analyze("Dahl noted it.", DAY).statements()).isEmpty();
    }

    /** A demonstrative that stands for what was said is the content: "disputes this", "That's according to …". */
    @Test
    void aDemonstrativeStandsForTheContent() {
        assertOnlyStatement("Norland disputes this.", "disputes", "this");
        assertOnlyStatement("Lind knows this.", "knows", "this");
        assertOnlyStatement("Dahl said that the port was closed.", "said", "that the port was closed");
        Analysis a = TestAnalyzer.analyze("That's according to fundraising reports filed on Monday.", DAY);

        assertThat(a.statements()).extracting(s -> s.speaker().span().text(), s -> s.cue().span().text(), s -> s.content().text())
                .containsExactly(tuple("fundraising reports filed on Monday", "according to", "That"));
        assertThat(a.actors()).extracting(Actor::name).containsExactly("fundraising reports");
    }

    /** A cue inside a quotation that follows a content ending in a quotation: once threw out of bounds. */
    @Test
    void aCueInsideTheNextQuotationNeverThrows() {
        String text = "Vik supports \"sensible wage raises,\" opposes \"across-the-board hiring freezes\" and recalled "
                + "the last freeze: \"I saw how hard it was for nurses to hear that their pay would not rise.\"";
        Analysis a = TestAnalyzer.analyze(text, DAY);

        for (Statement s : a.statements()) {
            assertThat(text.substring(s.content().start(), s.content().end())).isEqualTo(s.content().text());
        }
    }
}
