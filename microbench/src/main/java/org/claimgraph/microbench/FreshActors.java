package org.claimgraph.microbench;

import org.claimgraph.extract.actors.DocumentActors;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The article's actors as the actor finder gives them, found again before every call: the
 * statement finder adds mentions to them (pronouns, anonymous sources), so a benchmark that reused
 * one set would time later calls on input that {@code analyze} never gives. Untimed.
 */
@State(Scope.Thread)
public class FreshActors {

    DocumentActors actors;

    @Setup(Level.Invocation)
    public void find(AnalysedArticle article) {
        actors = article.actorFinder.find(article.text);
    }
}
