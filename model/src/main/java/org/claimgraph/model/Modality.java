package org.claimgraph.model;

/** How the text puts an event: as done, as intended, as not done, or as done before the story. */
public enum Modality {
    /** stated as done, in the outlet's voice or by a party to it: "Lavrov made a trip to Pyongyang" */ ASSERTED,
    /** planned, promised or wanted: "will visit", "pledged to", "supports holding talks" */ INTENDED,
    /** stated as not done: "did not attack" */ NEGATED,
    /** dated before the week of publication: "visited Russia last month" */ HISTORICAL
}
