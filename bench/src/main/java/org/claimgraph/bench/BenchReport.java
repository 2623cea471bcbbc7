package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code claimgraph bench} run measured.
 *
 * @param machine    where it ran
 * @param corpus     the corpus file as given
 * @param articles   articles benchmarked (after {@code --limit})
 * @param tokens     their tokens
 * @param warmup     articles of each phase processed first and not timed
 * @param coldStarts claimgraph's cold start, and the baseline's when it ran
 * @param phases     claimgraph's phases, one per thread count, then the baseline's
 * @param ratios     claimgraph over the baseline, for each thread count both ran at
 */
public record BenchReport(Machine machine, String corpus, int articles, long tokens, int warmup,
                          List<ColdStart> coldStarts, List<PhaseResult> phases, List<Ratio> ratios) {

    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        coldStarts = List.copyOf(coldStarts);
        phases = List.copyOf(phases);
        ratios = List.copyOf(ratios);
    }

    /** A report whose ratios are worked out from the phases: claimgraph over {@code baseline} at each common thread count. */
    public static BenchReport of(Machine machine, String corpus, int articles, long tokens, int warmup,
                                 List<ColdStart> coldStarts, List<PhaseResult> phases, String claimgraph,
                                 String baseline) {
        List<Ratio> ratios = new ArrayList<>();
        for (PhaseResult base : phases) {
            if (!base.pipeline().equals(baseline)) {
                continue;
            }
            for (PhaseResult ours : phases) {
                if (ours.pipeline().equals(claimgraph) && ours.threads() == base.threads()) {
                    ratios.add(new Ratio(ours.threads(), ours.timed(), base.timed()));
                }
            }
        }
        return new BenchReport(machine, corpus, articles, tokens, warmup, coldStarts, phases, ratios);
    }
}
