package org.claimgraph.extract.statements;

/**
 * Where a cue's content is when it has no reported clause and no quotation beside it: the last
 * column of the cue lexicon.
 */
public enum CueContent {
    /** only a reported clause or quotation: "said that …" */ CLAUSE,
    /** a reported clause, else a nominal object that reports the same: "shows a close race" */ NOUN,
    /** the object and its complement: "accused X of Y", "described X as Y" */ COMPLEMENT,
    /** the object: "attacked Machado", "called for an inquiry" */ OBJECT,
    /** the infinitive: "wants to raise taxes", "declined to comment" */ INTENT,
    /** the object and its infinitive: "urged supporters to vote" */ APPEAL,
    /**
     * what the last word of a noun cue introduces: the object of its preposition ("criticism of
     * the treaty", "questions about the deal") or an infinitive ("refusal to comment"); read only
     * on a noun, never on a verb ("questioned about a dozen witnesses")
     */
    NOUN_OBJECT
}
