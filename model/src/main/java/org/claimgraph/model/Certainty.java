package org.claimgraph.model;

/** How firmly a stance is taken: hedged when the cue is a belief or a guess ("believes", "suspects"). */
public enum Certainty { FIRM, HEDGED }
