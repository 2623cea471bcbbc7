package org.claimgraph.model;

/** How a statement's content is reported. */
public enum StatementForm {
    /** the content is a quotation */ DIRECT,
    /** paraphrase that holds a quoted fragment */ MIXED,
    /** paraphrase only */ INDIRECT
}
