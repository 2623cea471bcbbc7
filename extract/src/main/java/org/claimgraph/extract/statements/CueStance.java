package org.claimgraph.extract.statements;

/** What a reporting cue says about its speaker's stance toward the content. */
public enum CueStance {
    /** neutral report or assertion: say, tell, report */ ASSERT,
    /** contested assertion: claim, allege, accuse */ CONTEST,
    /** deny, reject, refute */ DENY,
    /** dismiss, shrug off, scoff */ DISMISS,
    /** question, doubt */ QUESTION,
    /** decline to comment */ REFUSE,
    /** confirm, acknowledge */ CONFIRM
}
