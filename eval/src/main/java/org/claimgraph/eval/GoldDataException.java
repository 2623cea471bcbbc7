package org.claimgraph.eval;

/**
 * A gold file that cannot be read or does not hold what its format promises. The message names the
 * file, the line or record, and the problem: {@code dev.jsonl:12: "attributions" is not an array}.
 */
public final class GoldDataException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoldDataException(String where, String problem) {
        super(where + ": " + problem);
    }
}
