package org.claimgraph.model;

/** The part of society an actor belongs to, as CAMEO-style actor codes name it. */
public enum Sector {
    /** government and executive */ GOV,
    /** military */ MIL,
    /** legislature */ LEG,
    /** judiciary */ JUD,
    /** media */ MED,
    /** business */ BUS,
    /** non-governmental organisation */ NGO,
    /** intergovernmental organisation */ IGO,
    /** rebels */ REB,
    /** political opposition */ OPP,
    /** civilians */ CVL,
    /** police */ COP,
    /** refugees and displaced people */ REF
}
