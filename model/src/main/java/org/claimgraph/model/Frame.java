package org.claimgraph.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One who-does-what-to-whom proposition read from a clause: "North Korea delivered weapons to
 * Russia" is source {@code state:PRK}, CAMEO {@code 072} (PLOVER {@code AID}), target
 * {@code state:RUS}. A frame has no voice of its own: it becomes an {@link Event} or part of a
 * {@link Claim} depending on who states it.
 *
 * @param source  actor id of who acts
 * @param cameo   CAMEO event code, two to four digits ({@code 04}, {@code 042}, {@code 0232})
 * @param plover  PLOVER event type ({@code CONSULT}), or null where PLOVER has none (CAMEO 01x)
 * @param target  actor id of whom it is done to, or null when the clause names nobody
 * @param time    ISO-8601 value of when it happens, or null
 * @param place   where it happens as the text names it ("Pyongyang"), or null
 * @param trigger the verb (and particle) that expresses the action
 */
public record Frame(String source, String cameo, String plover, String target, String time, String place,
                   Span trigger) {

    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

    public Frame {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(trigger, "trigger");
        if (!CAMEO.matcher(cameo).matches()) {
            throw new IllegalArgumentException("CAMEO code \"" + cameo + "\" is not two to four digits");
        }
    }

    /** The CAMEO root: the first two digits ({@code 07} for {@code 072}), which claims are grouped by. */
    public String family() {
        return cameo.substring(0, 2);
    }
}
