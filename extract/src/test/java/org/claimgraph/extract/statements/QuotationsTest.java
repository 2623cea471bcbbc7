package org.claimgraph.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Quotations}: the quoted ranges of a text, marks included, with curly or straight quotes, balanced or not. */
class QuotationsTest {

    /** The quoted texts, marks included, in order. */
    private static List<String> quoted(String text) {
        Quotations q = Quotations.in(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            out.add(text.substring(q.start(i), q.end(i)));
        }
        return out;
    }

    @Test
    void curlyQuoteIsOneRangeWithItsMarks() {
        String text = "“We have seen the images,” the spokesman said.";
        Quotations q = Quotations.in(text);

        assertThat(q.size()).isEqualTo(1);
        assertThat(q.start(0)).isZero();
        assertThat(q.end(0)).isEqualTo(26);
        assertThat(quoted(text)).containsExactly("“We have seen the images,”");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("attribution: a closing curly mark misprinted as an opener at a line's start opens a quotation")
    void aMisprintedOpeningMarkOpens() {
        String text = "Intro.\n”We need the bridge.” ― Maria Lind\nShe said “yes” and left.";

        assertThat(quoted(text)).containsExactly("”We need the bridge.”", "“yes”");
    }

    @Test
    void straightQuoteIsOneRangeWithItsMarks() {
        String text = "The minister called it \"groundless rumours\" on Friday.";

        assertThat(quoted(text)).containsExactly("\"groundless rumours\"");
    }

    @Test
    void severalQuotesInOneSentenceAreSeparateRanges() {
        assertThat(quoted("She said \"no\" and then \"never\"."))
                .containsExactly("\"no\"", "\"never\"");
        assertThat(quoted("“Yes,” he said, “but not now.”"))
                .containsExactly("“Yes,”", "“but not now.”");
    }

    @Test
    void straightQuoteOpensAfterABracketOrColonOrAtLineStart() {
        assertThat(quoted("(\"sic\")")).containsExactly("\"sic\"");
        assertThat(quoted("He said:\"enough\".")).containsExactly("\"enough\"");
        assertThat(quoted("Intro.\n\"Line two,\" she said.")).containsExactly("\"Line two,\"");
    }

    @Test
    void straightQuoteAfterALetterOrBeforeASpaceDoesNotOpen() {
        assertThat(quoted("a 5\" screen")).isEmpty();
        assertThat(quoted("trailing \" mark")).isEmpty();
        assertThat(quoted("ends with \"")).isEmpty();
    }

    @Test
    void unbalancedQuoteClosesAtParagraphEnd() {
        String text = "“The weapons were used in Ukraine.\n\nOfficials gave no details.";

        assertThat(quoted(text)).containsExactly("“The weapons were used in Ukraine.");
    }

    @Test
    void unbalancedQuoteAtParagraphEndDropsTrailingWhitespace() {
        String text = "He said \"no more talks  \r\nNext paragraph.";

        assertThat(quoted(text)).containsExactly("\"no more talks");
    }

    @Test
    void unbalancedQuoteClosesAtTextEnd() {
        assertThat(quoted("She added: “That is all.  ")).containsExactly("“That is all.");
    }

    @Test
    void reopenedMultiParagraphQuoteIsOneRangePerParagraph() {
        String text = "“We will respond.\n\n“Our patience has limits,” the minister said.";

        assertThat(quoted(text)).containsExactly("“We will respond.", "“Our patience has limits,”");
    }

    @Test
    void reopenedMultiParagraphQuoteWithStraightMarks() {
        String text = "\"First paragraph.\n\n\"Second paragraph,\" he said.";

        assertThat(quoted(text)).containsExactly("\"First paragraph.", "\"Second paragraph,\"");
    }

    @Test
    void secondOpeningMarkEndsTheOpenQuoteBeforeIt() {
        assertThat(quoted("“one “two” three")).containsExactly("“one", "“two”");
    }

    @Test
    void curlyMarksInsideAStraightQuoteQuoteInsideIt() {
        assertThat(quoted("\"I read them the question: “Will you sign?” They said no.\" Then “yes.”"))
                .containsExactly("\"I read them the question: “Will you sign?” They said no.\"", "“yes.”");
        assertThat(quoted("\"An excerpt with “its own quote” in it.\n“Next.”"))
                .containsExactly("\"An excerpt with", "“its own quote”", "“Next.”");
    }

    @Test
    void strayClosingMarksAreIgnored() {
        assertThat(quoted("no quote” here")).isEmpty();
        assertThat(quoted("” ” ”")).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quoted("We don't know what happened in the '90s.")).isEmpty();
        assertThat(quoted("We don’t know what happened in the ’90s.")).isEmpty();
        assertThat(quoted("“We don’t know,” she said of the '90s."))
                .containsExactly("“We don’t know,”");
    }

    @Test
    void textWithoutQuotesHasNone() {
        assertThat(Quotations.in("").size()).isZero();
        assertThat(Quotations.in("Plain text.\n\nMore plain text.").size()).isZero();
    }

    @Test
    void overlappingContainingAndAnyInFindTheQuote() {
        String text = "He said “no” and “yes” today.";
        Quotations q = Quotations.in(text);
        int no = text.indexOf("“no”");
        int yes = text.indexOf("“yes”");

        assertThat(q.overlapping(0, text.length())).isZero();
        assertThat(q.overlapping(yes + 1, yes + 2)).isEqualTo(1);
        assertThat(q.overlapping(0, no)).isEqualTo(-1);
        assertThat(q.containing(no, no + 4)).isZero();
        assertThat(q.containing(no, yes + 1)).isEqualTo(-1);
        assertThat(q.anyIn(no + 3, yes)).isTrue();
        assertThat(q.anyIn(no + 4, yes)).isFalse();
    }

    @Test
    void randomStringsOfQuoteMarksNeverThrowAndGiveOrderedRangesInsideTheText() {
        long seed = Long.getLong("quotations.seed", new Random().nextLong());
        Random random = new Random(seed);
        char[] alphabet = {'“', '”', '"', '\'', '’', 'a', 'b', 'Z', ' ', ' ', '\n', '\r', '\t', '(', ':', '-'};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            try {
                Quotations q = Quotations.in(text);
                int previousEnd = 0;
                for (int i = 0; i < q.size(); i++) {
                    int start = q.start(i);
                    int end = q.end(i);
                    assertThat(start).as("start of range %d", i).isGreaterThanOrEqualTo(previousEnd);
                    assertThat(start).as("start of range %d", i).isLessThan(end);
                    assertThat(end).as("end of range %d", i).isLessThanOrEqualTo(text.length());
                    assertThat(text.charAt(start)).as("first char of range %d", i).isIn('“', '”', '"', '\'');
                    if (text.charAt(start) == '\'') {
                        assertThat(text.startsWith("''", start)).as("range %d opens with ''", i).isTrue();
                    }
                    previousEnd = end;
                }
            } catch (Throwable e) {
                fail("seed " + seed + " (rerun with -Dquotations.seed=" + seed + "), string " + n + ": "
                        + escape(text), e);
            }
        }
    }

    private static String escape(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }
}
