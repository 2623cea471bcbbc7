package org.claimgraph.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a news headline stands on the claim it reports, as Emergent labels it (Ferreira &amp; Vlachos,
 * NAACL 2016): {@code for}, {@code against} or {@code observing}.
 */
public enum HeadlineStance {
    /** the headline states the claim in its own voice: "Harbour master resigns" */ FOR,
    /** the headline denies or debunks it: "Harbour master resignation a hoax, port says" */ AGAINST,
    /** the headline reports it without taking a side: "Harbour master reportedly resigns" */ OBSERVING;

    /** The label as the data writes it: {@code for}, {@code against}, {@code observing}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stance with this label (case-insensitive, surrounding spaces ignored), if there is one. */
    public static Optional<HeadlineStance> find(String label) {
        for (HeadlineStance s : values()) {
            if (s.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
