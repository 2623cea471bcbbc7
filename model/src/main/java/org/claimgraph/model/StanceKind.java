package org.claimgraph.model;

/** Where an actor stands on a claim. */
public enum StanceKind {
    /** says or charges it is so */ ASSERT,
    /** says it is not so */ DENY,
    /** waves it away without denying it: "shrugged off", "rumours" */ DISMISS,
    /** doubts it or the evidence for it: "failed to prove" */ QUESTION,
    /** declines to say: "I don't comment on rumours" */ REFUSE,
    /** confirms or admits it */ CONFIRM
}
