/**
 * The data model of claimgraph: immutable records, each pointing back to the words that support
 * it through a {@link org.claimgraph.model.Span}. This package depends on nothing; every other
 * module depends on it.
 */
package org.claimgraph.model;
