package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The heap check only: loading the baseline itself takes 5-6 GB and half a minute, so it is measured, not unit-tested. */
class QuotePipelineTest {

    @Test
    void aTwoGigabyteHeapIsRefusedWithTheFix() {
        assertThatThrownBy(() -> QuotePipeline.requireHeap(2L << 30))
                .isInstanceOf(InsufficientHeapException.class)
                .hasMessageContaining("at least 5.5 GiB").hasMessageContaining("limit is 2.0 GiB")
                .hasMessageContaining("CLAIMGRAPH_JAVA_OPTS=-Xmx8g");
    }

    @Test
    void sixGigabytesAreEnough() {
        assertThatCode(() -> QuotePipeline.requireHeap(6L << 30)).doesNotThrowAnyException();
        assertThatCode(() -> QuotePipeline.requireHeap(QuotePipeline.REQUIRED_HEAP_BYTES)).doesNotThrowAnyException();
    }
}
