/**
 * From annotated text to an {@link org.claimgraph.model.Analysis}: actors, statements and times.
 * Start from {@link org.claimgraph.extract.Analyzer}.
 */
package org.claimgraph.extract;
