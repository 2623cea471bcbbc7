package org.claimgraph.microbench;

import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.model.Statement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * What the frames stage gets inside {@code analyze}: the actors after the statement finder ran
 * over them, and the statements. Built again before every call, because the frames stage adds the
 * pronouns it resolves to the actors. Untimed.
 */
@State(Scope.Thread)
public class FrameInputs {

    DocumentActors actors;
    List<Statement> statements;

    @Setup(Level.Invocation)
    public void prepare(AnalysedArticle article) {
        actors = article.actorFinder.find(article.text);
        statements = article.statementFinder.find(article.text, actors, article.times);
    }
}
