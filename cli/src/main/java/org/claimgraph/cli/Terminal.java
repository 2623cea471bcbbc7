package org.claimgraph.cli;

/** What the user's terminal can do: colour only on an interactive terminal, and never with NO_COLOR set. */
final class Terminal {

    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null;
    }

    static boolean colour() {
        String term = System.getenv("TERM");
        return interactive() && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }
}
