package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023-10-20                    | 2023-10-20
            ' 2023-10-20 '                | 2023-10-20
            2023-10-20T23:30:00-05:00     | 2023-10-20
            2023-10-20T01:00:00.000+09:00 | 2023-10-20
            2023-10-20T12:00Z             | 2023-10-20
            2023-10-20 08:00:00 +0200     | 2023-10-20
            2024-02-29                    | 2024-02-29
            """)
    void readsTheDateAsWritten(String value, LocalDate date) {
        assertThat(IsoDates.parse(value)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xyz", "20231020", "2023-10", "2023/10/20", "October 20, 2023", "2023-02-29",
            "2023-13-01", "2023-10-20x", "2023-10-20\n08:00", "\u0662\u0660\u0662\u0663-10-20"})
    void rejectsAnythingElse(String value) {
        assertThat(IsoDates.parse(value)).isEmpty();
    }
}
