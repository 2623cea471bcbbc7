package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Queries.ClaimLedger;
import org.claimgraph.store.Queries.ClaimSummary;
import org.claimgraph.store.Queries.EvidenceEntry;
import org.claimgraph.store.Queries.StanceEntry;
import org.claimgraph.store.Queries.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code claimgraph claim ID}: the ledger of one claim across every article. */
@Command(name = "claim", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows one claim's ledger: every stance in time order with its article and sentence, "
                + "the evidence cited, and each article's wording. IDs come from `claimgraph claims`.",
        footer = {"", "Examples:", "  claimgraph claim c3f9a2b1e0", "  claimgraph claim c3f9a2b1e0 --format json"})
final class ClaimCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "The claim's id, as `claimgraph claims` lists it.")
    String id;

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        Optional<ClaimLedger> found = queries.claim(id);
        if (found.isEmpty()) {
            System.err.println("claimgraph: no claim " + id + " in the store (see `claimgraph claims`)");
            return 1;
        }
        ClaimLedger ledger = found.get();
        Table stances = new Table("DAY", "ACTOR", "STANCE", "CERTAINTY", "CUE", "OUTLET", "DOCUMENT", "SENTENCE");
        for (StanceEntry s : ledger.stances()) {
            stances.row(s.day(), actor(s.actor()), s.kind(), s.certainty(), s.cue(), s.outlet(), s.document(), s.sentence());
        }
        if (format != Format.text) {
            print(out, stances, ledger);
            return 0;
        }
        ClaimSummary c = ledger.claim();
        out.printf("Claim %s: %s%n", c.id(), c.text());
        out.printf("  %s → %s%s → %s · %d article%s · %s … %s%n", actor(c.source()), c.cameo(),
                c.plover() == null ? "" : " " + c.plover(), c.target() == null ? "(no target)" : actor(c.target()),
                c.documents(), c.documents() == 1 ? "" : "s", c.first(), c.last());
        out.printf("%nStances%n");
        out.print(indent(stances.aligned()));
        if (!ledger.evidence().isEmpty()) {
            Table evidence = new Table("KIND", "BY", "EVIDENCE", "DOCUMENT");
            for (EvidenceEntry e : ledger.evidence()) {
                evidence.row(e.kind(), actor(e.by()), e.text(), e.document());
            }
            out.printf("%nEvidence%n");
            out.print(indent(evidence.aligned()));
        }
        Table wordings = new Table("DAY", "WORDING", "DOCUMENT", "TITLE");
        for (Wording w : ledger.wordings()) {
            wordings.row(w.day(), w.text(), w.document(), w.title());
        }
        out.printf("%nWordings%n");
        out.print(indent(wordings.aligned()));
        return 0;
    }

    private static String indent(String block) {
        return block.replaceAll("(?m)^", "  ");
    }
}
