package org.claimgraph.extract.frames;

import org.claimgraph.extract.actors.ActorRegistry;
import org.claimgraph.extract.actors.Country;
import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Statement;
import org.claimgraph.nlp.AnnotatedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor a word of a frame names: a mention the actor finder made; else a pronoun resolved by
 * salience ("it shipped arms"), "I"/"we" inside a quotation as its speaker; else a place as its
 * country's state ("a trip to Pyongyang" → North Korea); else the owner of a noun ("the U.S.
 * claims", "North Korea's support"). Not thread-safe: one per document.
 */
final class ActorResolver {

    /** Prepositions that make a noun's modifier the group or place it belongs to. */
    private static final Set<String> BELONGING = Set.of("of", "in", "from");

    private static final Set<String> PRONOUNS = Set.of("PRP");

    private final AnnotatedText text;
    private final DocumentActors actors;
    private final ActorRegistry registry;
    private final List<Statement> statements;
    /** Pronouns already resolved: resolving adds a mention, so each is resolved once. */
    private final Map<Integer, Optional<String>> pronouns = new java.util.HashMap<>();
    /** Countries named only as places, made actors when a frame needs them. */
    private final Map<String, Actor> places = new LinkedHashMap<>();

    ActorResolver(AnnotatedText text, DocumentActors actors, ActorRegistry registry, List<Statement> statements) {
        this.text = text;
        this.actors = actors;
        this.registry = registry;
        this.statements = statements;
    }

    /** The actor the word at {@code token} names, trying its owner or compound when it names none itself. */
    Optional<String> actorAt(int token) {
        Optional<String> found = direct(token);
        if (found.isPresent()) {
            return found;
        }
        for (int c : text.children(token)) {
            String rel = text.relation(c);
            if ("nmod:poss".equals(rel) || "compound".equals(rel)) {
                found = direct(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The actor a subject names: as {@link #actorAt}, else the actor its apposition names ("a member
     * of parliament, Ahmed Ali"), its nationality adjective ("the Turkish side"), or the group or
     * place it belongs to ("security forces in Guinea", "members of the Arab League") — CAMEO codes a
     * country's or organisation's unnamed people as that country or organisation.
     */
    Optional<String> sourceAt(int token) {
        Optional<String> found = actorAt(token);
        if (found.isPresent() || !text.pos(token).startsWith("NN")) {
            return found;
        }
        for (String wanted : List.of("appos", "amod", "nmod")) {
            for (int c : text.children(token)) {
                String rel = text.relation(c);
                if (!wanted.equals(rel) || rel.equals("nmod") && !belongsTo(c)) {
                    continue;
                }
                found = rel.equals("amod") ? direct(c) : actorAt(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private boolean belongsTo(int nmod) {
        for (int c : text.children(nmod)) {
            if ("case".equals(text.relation(c)) && BELONGING.contains(text.lemma(c).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> direct(int token) {
        Optional<String> found = actors.actorAt(token);
        if (found.isPresent()) {
            return found;
        }
        if (PRONOUNS.contains(text.pos(token)) || text.pos(token).equals("PRP$")) {
            String word = text.word(token).toLowerCase();
            if (DocumentActors.firstPerson(word) || word.equals("our") || word.equals("my")) {
                return speakerQuoting(token);
            }
            return pronouns.computeIfAbsent(token, k -> actors.resolvePronoun(k, speakersBefore(k)));
        }
        if (text.ner(token).equals("LOCATION")) {
            return place(token);
        }
        return demonym(token);
    }

    /** A nationality adjective no mention covers ("weapons North Korean provided") as its country's state. */
    private Optional<String> demonym(int token) {
        if (!text.pos(token).equals("JJ") && !text.pos(token).startsWith("NNP")) {
            return Optional.empty();
        }
        int from = Math.max(text.sentenceOf(token).firstToken(), token - 1);
        for (int first = from; first <= token; first++) {
            String phrase = text.text().substring(text.begin(first), text.end(token));
            Optional<Country> country = registry.findCountryByDemonym(phrase);
            if (country.isPresent()) {
                return Optional.of(stateActor(country.get()));
            }
        }
        return Optional.empty();
    }

    private List<String> speakersBefore(int token) {
        int offset = text.begin(token);
        return statements.stream().filter(s -> s.speaker() != null && s.speaker().span().end() <= offset)
                .map(s -> s.speaker().actor()).toList();
    }

    private Optional<String> speakerQuoting(int token) {
        int offset = text.begin(token);
        return statements.stream()
                .filter(s -> s.speaker() != null && s.content().start() <= offset && offset < s.content().end())
                .min((a, b) -> a.content().length() - b.content().length())
                .map(s -> s.speaker().actor());
    }

    /** A capital or country named as a place ("Pyongyang") as its country's state. */
    private Optional<String> place(int token) {
        int first = token;
        while (first > 0 && text.head(first - 1) == token && text.ner(first - 1).equals("LOCATION")) {
            first--;
        }
        String phrase = text.text().substring(text.begin(first), text.end(token));
        Optional<String> alpha3 = registry.findSeat(phrase).filter(s -> s.capital()).map(s -> s.country())
                .or(() -> registry.findCountryByName(phrase).map(Country::alpha3));
        return alpha3.flatMap(registry::country).map(this::stateActor);
    }

    private String stateActor(Country country) {
        String id = country.actorId();
        if (actors.actors().stream().noneMatch(a -> a.id().equals(id))) {
            places.computeIfAbsent(id, k -> new Actor(id, country.name(), ActorKind.STATE, country.alpha3(), null,
                    country.alpha3(), List.of()));
        }
        return id;
    }

    /** Countries that frames name only as places, as actors to add to the analysis. */
    List<Actor> placeActors() {
        return List.copyOf(places.values());
    }
}
