package org.claimgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One document and everything extracted from it: its actors and the words that mention them, the places it
 * names, its times, statements, events and claims. */
public record Analysis(Document document, List<Actor> actors, List<Mention> mentions, List<Place> places,
                       List<TimeRef> times,
                       List<Statement> statements, List<Event> events, List<Claim> claims) {

    public Analysis {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        times = List.copyOf(times);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
    }

    /** The actor with this id, if the analysis has it. */
    public Optional<Actor> findActor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
