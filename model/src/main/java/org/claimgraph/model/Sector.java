package org.claimgraph.model;

/**
 * The part of society an actor belongs to, as CAMEO-style actor codes name it. {@code MED} is news media
 * ({@code PRKMED} for KCNA), as in CAMEO; health and medical workers are CAMEO's {@code HLH} (PLOVER's gold
 * calls them {@code MED}, and journalists {@code JRN}).
 */
public enum Sector {
    /** government and executive */ GOV,
    /** military */ MIL,
    /** legislature */ LEG,
    /** judiciary */ JUD,
    /** media */ MED,
    /** business */ BUS,
    /** non-governmental organisation */ NGO,
    /**
     * intergovernmental organisation, as a whole; its organs and people in a role have that role ({@code GOV} for
     * the Security Council), see {@link Actor}
     */
    IGO,
    /** rebels */ REB,
    /** political opposition */ OPP,
    /** civilians */ CVL,
    /** police and internal security */ COP,
    /** state intelligence services, as CAMEO's {@code SPY} */ SPY,
    /** refugees and displaced people */ REF,
    /** health: doctors, nurses, medics */ HLH,
    /** education: students, teachers */ EDU,
    /** labour: workers and their unions */ LAB,
    /** agriculture: farmers and peasants */ AGR,
    /**
     * elites, as CAMEO's {@code ELI}: people of standing outside the state's offices, such as former presidents,
     * ministers and generals ("former prime minister X", "ousted President Y": no longer government)
     */
    ELI
}
