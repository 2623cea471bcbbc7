/**
 * Who said what: statements found from reporting cues and the dependency parse, with their
 * speaker, cue, content, form and nesting.
 */
package org.claimgraph.extract.statements;
