package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The NLP cascade's dependency parser: our arc-standard parser over CoreNLP's English UD model
 * must give exactly the parses CoreNLP's own parser gives, on sentences we wrote.
 */
class DependencyParserTest {

    private static final String TEXT = String.join("\n",
            "The ministry said on Friday that Norland had moved troops to the border.",
            "\"We will not accept this,\" said Foreign Minister Anna Berg, who arrived in Oslo on Monday.",
            "According to officials, the shipment was seized by customs agents before it reached the port.",
            "Critics say the funds could be better spent on schools, roads and clinics.",
            "Was the report written by the committee or by its chairman?",
            "Norland denied the accusation, calling it baseless, and demanded an apology.",
            "Prices rose.",
            "The agency, which the government set up in 2019 after a series of floods that destroyed "
                    + "hundreds of homes along the river, told reporters it had warned the ministry twice.",
            "She doubts that the talks, described by one diplomat as 'comprehensive', will lead anywhere.",
            "Hill - a doctor at the clinic - said there needs to be an inquiry.");

    private static DependencyParser ours;
    private static edu.stanford.nlp.parser.nndep.DependencyParser theirs;
    private static List<CoreMap> sentences;

    @BeforeAll
    static void load() {
        ours = DependencyParser.load();
        theirs = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(DependencyParser.MODEL);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(doc);
        sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static DependencyParser.Parse ours(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return ours.parse(tokens.stream().map(CoreLabel::word).toList(), tokens.stream().map(CoreLabel::tag).toList());
    }

    /** Each token as "word head-word relation". */
    private static List<String> arcs(CoreMap sentence, int[] head, String[] relation) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> arcs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            arcs.add(tokens.get(i).word() + " " + (head[i] < 0 ? "ROOT" : tokens.get(head[i]).word()) + " "
                    + relation[i]);
        }
        return arcs;
    }

    @Test
    void givesCoreNlpsParsesOnEverySentence() {
        assertThat(sentences).hasSize(10);
        for (CoreMap sentence : sentences) {
            int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            int[] head = new int[n];
            String[] relation = new String[n];
            for (TypedDependency d : theirs.predict(sentence).typedDependencies()) {
                int gov = d.gov().index();
                head[d.dep().index() - 1] = gov == 0 ? -1 : gov - 1;
                relation[d.dep().index() - 1] = d.reln().toString();
            }
            DependencyParser.Parse parse = ours(sentence);

            assertThat(arcs(sentence, parse.head(), parse.relation()))
                    .as(sentence.get(CoreAnnotations.TextAnnotation.class))
                    .containsExactlyElementsOf(arcs(sentence, head, relation));
        }
    }

    @Test
    void aPassiveVerbsSubjectIsMarkedPassive() {
        DependencyParser.Parse parse = ours(sentences.get(2));
        List<String> arcs = arcs(sentences.get(2), parse.head(), parse.relation());

        assertThat(arcs).contains("shipment seized nsubj:pass", "was seized aux:pass", "agents seized obl");
    }

    @Test
    void everyTokenGetsAHeadAndExactlyOneIsTheRoot() {
        for (CoreMap sentence : sentences) {
            DependencyParser.Parse parse = ours(sentence);
            assertThat(Arrays.stream(parse.head()).filter(h -> h < 0).count()).isEqualTo(1);
            assertThat(parse.relation()).doesNotContainNull().doesNotContain("dep:unattached");
        }
        assertThat(ours.parse(List.of(), List.of()).head()).isEmpty();
        DependencyParser.Parse one = ours.parse(List.of("Stop"), List.of("VB"));
        assertThat(one.head()).containsExactly(-1);
        assertThat(one.relation()).containsExactly("root");
    }

    @Test
    void unknownWordsAndTagsFallBackToTheModelsUnknownEntry() {
        DependencyParser.Parse parse = ours.parse(List.of("Zorblax", "qwertyuiop", "."), List.of("NNP", "NOT-A-TAG", "."));

        assertThat(parse.head()).hasSize(3);
        assertThat(Arrays.stream(parse.head()).filter(h -> h < 0).count()).isEqualTo(1);
    }

    @Test
    void aModelFileWithoutItsHeaderIsRefusedNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> ParserWeights.read(stream("words=3\n"), "broken.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.gz").hasMessageContaining("dict=N").hasMessageContaining("'words=3'");
        assertThatThrownBy(() -> ParserWeights.read(stream(
                "dict=1\npos=1\nlabel=1\nembeddingSize=2\nhiddenSize=2\nnumTokens=1\npreComputed=0\n-NULL- 0.5\n"),
                "short.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("short.gz, line 8").hasMessageContaining("fewer values than expected");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
