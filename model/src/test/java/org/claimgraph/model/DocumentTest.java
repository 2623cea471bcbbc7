package org.claimgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Document#contentId}: one id for the same words however spaced or encoded, another for other words. */
class DocumentTest {

    private static final String TEXT = "The minister said the café was closed.\n\nShe added: \"Nothing more.\"";

    @Test
    void idIsSixteenLowerCaseHexDigits() {
        assertThat(Document.contentId(TEXT)).matches("[0-9a-f]{16}");
    }

    @Test
    void idIsStableAcrossCalls() {
        assertThat(Document.contentId(TEXT)).isEqualTo(Document.contentId(new String(TEXT)));
    }

    @Test
    void windowsAndOldMacLineEndingsGiveTheSameId() {
        assertThat(Document.contentId(TEXT.replace("\n", "\r\n"))).isEqualTo(Document.contentId(TEXT));
        assertThat(Document.contentId(TEXT.replace("\n", "\r"))).isEqualTo(Document.contentId(TEXT));
    }

    @Test
    void runsOfSpacesTabsAndLeadingOrTrailingWhitespaceGiveTheSameId() {
        String spaced = "  \t" + TEXT.replace(" ", " \t  ").replace("\n\n", "\n \n\n") + "\n\n  ";

        assertThat(Document.contentId(spaced)).isEqualTo(Document.contentId(TEXT));
    }

    @Test
    void decomposedAndComposedAccentsGiveTheSameId() {
        String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(TEXT, Normalizer.Form.NFC);

        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Document.contentId(nfd)).isEqualTo(Document.contentId(nfc));
    }

    @Test
    void differentWordsGiveADifferentId() {
        assertThat(Document.contentId(TEXT.replace("closed", "open"))).isNotEqualTo(Document.contentId(TEXT));
        assertThat(Document.contentId("a b")).isNotEqualTo(Document.contentId("ab"));
    }

    @Test
    void noBreakSpaceGivesTheSameIdAsASpace() {
        assertThat(Document.contentId(TEXT.replace(' ', '\u00a0'))).isEqualTo(Document.contentId(TEXT));
    }

    @Test
    void ofUsesTheContentIdAndEnglish() {
        Document d = Document.of(TEXT, "Title", LocalDate.of(2023, 10, 20), "https://example.org/a", "Example");

        assertThat(d.id()).isEqualTo(Document.contentId(TEXT));
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.withPublished(LocalDate.of(2023, 10, 21)))
                .isEqualTo(new Document(d.id(), "https://example.org/a", "Example", "Title",
                        LocalDate.of(2023, 10, 21), "en", TEXT));
    }

    @Test
    void idAndTextAreRequired() {
        assertThatThrownBy(() -> new Document(null, null, null, null, null, null, TEXT))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Document("x", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }
}
