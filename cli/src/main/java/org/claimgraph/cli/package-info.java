/** The {@code claimgraph} command: picocli subcommands over the analysis facade. */
package org.claimgraph.cli;
