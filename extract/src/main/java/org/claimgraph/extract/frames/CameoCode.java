package org.claimgraph.extract.frames;

/**
 * One CAMEO event code of {@code cameo.tsv}.
 *
 * @param plover the PLOVER type, or null where PLOVER has none (CAMEO 01x)
 */
public record CameoCode(String code, double goldstein, String plover, String label) {
}
