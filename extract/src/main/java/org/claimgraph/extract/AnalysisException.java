package org.claimgraph.extract;

/**
 * A document that one stage of the analysis could not handle: a bug, never bad input, since every
 * text is valid input. The message names the stage, the error and where in our code it arose, so
 * that a report of it can be acted on: "the statements stage failed: StringIndexOutOfBoundsException:
 * begin 69, end 45, length 182 (ContentFinder.java:330)".
 */
public final class AnalysisException extends RuntimeException {

    private final String stage;

    AnalysisException(String stage, RuntimeException cause) {
        super("the " + stage + " stage failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + where(cause), cause);
        this.stage = stage;
    }

    /** nlp, times, actors, statements or frames. */
    public String stage() {
        return stage;
    }

    /** " (File.java:line)" of the innermost frame in claimgraph's own code, or "". */
    private static String where(Throwable cause) {
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("org.claimgraph.")) {
                return " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }
}
