package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCounterTest {

    @Test
    void countsPtbTokens() {
        // Russia | denied | it | , | officials | said | .
        assertThat(TokenCounter.count("Russia denied it, officials said.")).isEqualTo(7);
        // " | We | did | n't | , | " | he | said | .
        assertThat(TokenCounter.count("\"We didn't,\" he said.")).isEqualTo(9);
        assertThat(TokenCounter.count("")).isZero();
    }
}
