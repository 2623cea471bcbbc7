package org.claimgraph.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 10, 21);

    @Test
    void aClaimIsItsSourceCameoRootAndTarget() {
        String sent = Keys.claim("state:PRK", "072", "state:RUS");
        assertThat(Keys.claim("state:PRK", "070", "state:RUS")).as("the same CAMEO root").isEqualTo(sent);
        assertThat(Keys.claim("state:PRK", "072", null)).isNotEqualTo(sent);
        assertThat(Keys.claim("state:RUS", "072", "state:PRK")).as("direction matters").isNotEqualTo(sent);
        assertThat(Keys.claim("state:PRK", "112", "state:RUS")).isNotEqualTo(sent);
        assertThat(sent).matches("c[0-9a-f]{10}");
    }

    @Test
    void anEventIsItsActorsCodeDayAndModality() {
        LocalDate day = LocalDate.of(2025, 3, 6);
        String shelled = Keys.event("state:STL", "195", "state:NTL", day, "ASSERTED");
        assertThat(Keys.event("state:STL", "195", "state:NTL", day, "ASSERTED")).isEqualTo(shelled);
        assertThat(Keys.event("state:STL", "195", "state:NTL", day.plusDays(1), "ASSERTED")).isNotEqualTo(shelled);
        assertThat(Keys.event("state:STL", "190", "state:NTL", day, "ASSERTED")).isNotEqualTo(shelled);
        assertThat(Keys.event("state:STL", "195", "state:NTL", day, "INTENDED")).isNotEqualTo(shelled);
        assertThat(shelled).matches("e[0-9a-f]{10}");
    }

    @Test
    void theDayOfAnIsoTimeValue() {
        assertThat(Keys.day("2023-10-20", PUBLISHED)).isEqualTo(LocalDate.of(2023, 10, 20));
        assertThat(Keys.day("2023-10-20T14:00", PUBLISHED)).isEqualTo(LocalDate.of(2023, 10, 20));
        assertThat(Keys.day("2023-09", PUBLISHED)).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(Keys.day("2022", PUBLISHED)).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Keys.day("2023-W42", PUBLISHED)).isEqualTo(LocalDate.of(2023, 10, 16)); // the Monday
        assertThat(Keys.day("2020-W01", PUBLISHED)).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void valuesWithoutADayFallBackToThePublicationDate() {
        assertThat(Keys.day(null, PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(Keys.day("PRESENT_REF", PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(Keys.day("2023-02-30", PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(Keys.day("XXXX-10-20", null)).isNull();
    }
}
