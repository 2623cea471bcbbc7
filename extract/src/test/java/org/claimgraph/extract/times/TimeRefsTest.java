package org.claimgraph.extract.times;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.model.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TimeRefs#granularity}: the granularity read from the shape of an ISO-8601 value, OTHER for placeholders. */
class TimeRefsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2023-10-20,       DAY",
            "2023-W41,         WEEK",
            "2023-09,          MONTH",
            "2023,             YEAR",
            "2023-Q3,          QUARTER",
            "202,              DECADE",
            "P6D,              DURATION",
            "PT2H,             DURATION",
            "P1.5Y,            DURATION",
            "PT30M,            DURATION",
            "2023-10-20T10:00, INSTANT",
            "2023-10-20T10:00:30.5, INSTANT",
            "PAST_REF,         OTHER",
            "PRESENT_REF,      OTHER",
            "XXXX-10-20,       OTHER",
            "2023-10-20TMO,    OTHER",
            "PXD,              OTHER",
            "'',               OTHER",
    })
    void granularityFromTheShapeOfTheValue(String value, Granularity expected) {
        assertThat(TimeRefs.granularity(value)).isEqualTo(expected);
    }

    @Test
    void nullValueIsOther() {
        assertThat(TimeRefs.granularity(null)).isEqualTo(Granularity.OTHER);
    }

    @Test
    void sutimeDecadeIsDecade() {
        assertThat(TimeRefs.granularity("202X")).isEqualTo(Granularity.DECADE);
    }
}
