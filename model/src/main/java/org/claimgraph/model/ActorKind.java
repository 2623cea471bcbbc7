package org.claimgraph.model;

/** What sort of thing an actor is. */
public enum ActorKind { PERSON, STATE, ORGANIZATION, GROUP, MEDIA }
