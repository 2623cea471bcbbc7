package org.claimgraph.model;

/** What kind of support is offered for a claim. */
public enum EvidenceKind { IMAGES, DOCUMENTS, TESTIMONY, DATA, OTHER }
