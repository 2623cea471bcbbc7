package org.claimgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed stage is reported by name, with the error and the line of our code it came from. */
class AnalysisExceptionTest {

    @Test
    void theMessageNamesTheStageTheErrorAndOurLine() {
        RuntimeException bug = new StringIndexOutOfBoundsException("begin 69, end 45, length 182");
        AnalysisException e = new AnalysisException("statements", bug);

        assertThat(e.stage()).isEqualTo("statements");
        assertThat(e.getCause()).isSameAs(bug);
        assertThat(e.getMessage()).matches("the statements stage failed: StringIndexOutOfBoundsException: "
                + "begin 69, end 45, length 182 \\(AnalysisExceptionTest\\.java:\\d+\\)");
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsClass() {
        assertThat(new AnalysisException("frames", new NullPointerException()).getMessage())
                .startsWith("the frames stage failed: NullPointerException (");
    }
}
