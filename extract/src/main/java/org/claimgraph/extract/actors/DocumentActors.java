package org.claimgraph.extract.actors;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Place;
import org.claimgraph.model.Sector;
import org.claimgraph.model.Span;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.FirstNames.Gender;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one document, the words that mention them, and the places it names. Built by {@link ActorFinder}; later
 * stages add mentions as they resolve pronouns and anonymous sources. Not thread-safe: one per
 * document.
 */
public final class DocumentActors {

    /** A mention while the document is being read: token range {@code [first, end)} and actor id. */
    public record TokenMention(String actor, int first, int end) {
    }

    /** An actor under construction. */
    static final class Draft {
        final String id;
        String name;
        final ActorKind kind;
        String country;
        Sector sector;
        /**
         * The code of a registry organisation ({@code PRKMED}, {@code IGOUNO}) or of an intergovernmental
         * organisation's people in a role ({@code IGOUNOMIL}); null to derive it from country and sector.
         */
        String code;
        final Set<String> names = new LinkedHashSet<>();

        Draft(String id, String name, ActorKind kind, String country, Sector sector) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.country = country;
            this.sector = sector;
            names.add(name);
        }

        Actor toActor() {
            List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
            return new Actor(id, name, kind, country, sector, code != null ? code : Actor.code(country, sector), aliases);
        }
    }

    private final AnnotatedText text;
    private final ActorRegistry registry;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<TokenMention> mentions = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    /** What each person's names tell of their gender, until a name is added. */
    private final Map<String, Set<Gender>> genders = new HashMap<>();

    DocumentActors(AnnotatedText text, ActorRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    Draft draft(String id, String name, ActorKind kind, String country, Sector sector) {
        return drafts.computeIfAbsent(id, k -> new Draft(id, name, kind, country, sector));
    }

    Draft draft(String id) {
        return drafts.get(id);
    }

    void mention(String actor, int first, int end) {
        TokenMention m = new TokenMention(actor, first, end);
        if (!mentions.contains(m)) {
            mentions.add(m);
            drafts.get(actor).names.add(surface(first, end));
            genders.remove(actor);
        }
    }

    /** Tokens {@code [first, end)} name a place in the country, not an actor ("arrived in Pyongyang"). */
    void place(String country, int first, int end) {
        String name = surface(first, end);
        places.add(new Place(name, country, Span.of(text.text(), text.begin(first), text.end(end - 1))));
    }

    /** A mention that is not a name of the actor: the title before a name ("U.S. negotiator" Paul Nitze). */
    void titleMention(String actor, int first, int end) {
        TokenMention m = new TokenMention(actor, first, end);
        if (!mentions.contains(m)) {
            mentions.add(m);
            genders.remove(actor);
        }
    }

    String surface(int first, int end) {
        return text.text().substring(text.begin(first), text.end(end - 1));
    }

    public ActorKind kind(String actor) {
        return drafts.get(actor).kind;
    }

    /** Mentions in text order. */
    List<TokenMention> tokenMentions() {
        List<TokenMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(TokenMention::first).thenComparingInt(TokenMention::end));
        return sorted;
    }

    /** The actor of the longest mention that holds {@code token}. */
    public Optional<String> actorAt(int token) {
        return mentions.stream().filter(m -> m.first() <= token && token < m.end())
                .max(Comparator.comparingInt(m -> m.end() - m.first())).map(TokenMention::actor);
    }

    /** The longest mention whose last token is {@code token}. */
    public Optional<TokenMention> mentionEndingAt(int token) {
        return mentions.stream().filter(m -> m.end() - 1 == token).min(Comparator.comparingInt(TokenMention::first));
    }

    /**
     * An actor for a source phrase that names no known actor ("officials", "a senior diplomat",
     * "the ministry"): a group when the head is plural, a person when it is a role of one person
     * ("the mayor", "a spokeswoman": "she" may then name them), else an organisation. The phrase
     * becomes the actor's name and a mention.
     */
    public String anonymous(int first, int last, int head) {
        String name = surface(first, last + 1).replaceFirst("^(?i)(the|a|an|some|several|many|two|three) ", "");
        boolean plural = text.pos(head).equals("NNS") || text.pos(head).equals("NNPS");
        boolean person = !plural && registry.findRole(text.word(head)).filter(role -> !role.group()).isPresent();
        ActorKind kind = plural ? ActorKind.GROUP : person ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        String id = (plural ? "group:" : person ? "person:" : "org:") + Slug.of(name);
        draft(id, name, kind, null, null);
        mention(id, first, last + 1);
        return id;
    }

    /** The actor that "I" and "we" name outside a quotation: whoever wrote the article. */
    public static final String WRITER = "person:the-writer";
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");

    /** Whether {@code word} is a first-person personal pronoun: I, me, we, us. */
    public static boolean firstPerson(String word) {
        return FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT));
    }


    /** Tags of a singular noun, which lets "it" name a group: "the ministry", "the army". */
    private static final Set<String> SINGULAR_NOUNS = Set.of("NN", "NNP");

    /**
     * Resolves the personal pronoun at {@code token} by salience: for he/she a person earlier in
     * the same sentence, else the last person who spoke, else the nearest person before; for it a
     * non-person speaker (a group named in the singular too: "the ministry"), else the first
     * non-person actor of the previous sentence; for they a group. {@code lastSpeakers} lists
     * earlier speakers, most recent last. Resolution looks back three sentences, then, for he and
     * she only, to the last person named anywhere before; never forward. An unresolvable pronoun
     * gives nothing. "I" and "we" are the {@link #WRITER}: callers resolve them so only outside
     * quotations.
     */
    public Optional<String> resolvePronoun(int token, List<String> lastSpeakers) {
        String p = text.word(token).toLowerCase(Locale.ROOT);
        if (firstPerson(p)) {
            draft(WRITER, "the writer", ActorKind.PERSON, null, null); // "I believe …" in the article's own voice
            return pronounMention(token, Optional.of(WRITER));
        }
        Set<ActorKind> kinds = switch (p) {
            case "he", "she", "him", "her" -> Set.of(ActorKind.PERSON);
            case "it" -> Set.of(ActorKind.ORGANIZATION, ActorKind.STATE, ActorKind.MEDIA);
            case "they", "them" -> Set.of(ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.STATE);
            default -> Set.of();
        };
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        Optional<Gender> gender = switch (p) {
            case "he", "him" -> Optional.of(Gender.MALE);
            case "she", "her" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
        int sentence = text.sentenceOf(token).index();
        int windowStart = text.sentences().get(Math.max(0, sentence - 3)).firstToken();
        boolean it = p.equals("it");
        List<TokenMention> before = tokenMentions().stream()
                .filter(m -> m.end() <= token && m.first() >= windowStart && (kinds.contains(kind(m.actor()))
                        || it && kind(m.actor()) == ActorKind.GROUP && SINGULAR_NOUNS.contains(text.pos(m.end() - 1))))
                .filter(m -> gender.isEmpty() || agrees(m.actor(), gender.get()))
                .toList();
        Optional<String> found = Optional.empty();
        if (kinds.contains(ActorKind.PERSON)) {
            found = before.stream().filter(m -> text.sentenceOf(m.first()).index() == sentence)
                    .reduce((a, b) -> b).map(TokenMention::actor);
        }
        if (found.isEmpty()) {
            for (int i = lastSpeakers.size() - 1; i >= 0 && found.isEmpty(); i--) {
                String s = lastSpeakers.get(i);
                if (before.stream().anyMatch(m -> m.actor().equals(s))) {
                    found = Optional.of(s);
                }
            }
        }
        if (found.isEmpty() && !kinds.contains(ActorKind.PERSON) && sentence > 0) {
            found = before.stream().filter(m -> text.sentenceOf(m.first()).index() == sentence - 1)
                    .findFirst().map(TokenMention::actor);
        }
        if (found.isEmpty()) {
            found = before.stream().reduce((a, b) -> b).map(TokenMention::actor);
        }
        if (found.isEmpty() && kinds.contains(ActorKind.PERSON)) {
            // a profile names its subject once and goes on with "she" for paragraphs
            found = tokenMentions().stream().filter(m -> m.end() <= token && kind(m.actor()) == ActorKind.PERSON)
                    .filter(m -> gender.isEmpty() || agrees(m.actor(), gender.get()))
                    .reduce((a, b) -> b).map(TokenMention::actor);
        }
        return pronounMention(token, found);
    }

    /** {@code found}, recorded as mentioned by the pronoun at {@code token}: a mention, not a name of the actor. */
    private Optional<String> pronounMention(int token, Optional<String> found) {
        found.map(actor -> new TokenMention(actor, token, token + 1)).filter(m -> !mentions.contains(m))
                .ifPresent(mentions::add);
        return found;
    }

    /**
     * Whether nothing the text says of the person contradicts {@code gender}: a title before a
     * mention ("Mr.", "Mrs.", "Ms.") or the first name of one ("Anna Berg", or "Kevin" for a person
     * the text names by one word only). A person the text gives both, or neither, agrees with either.
     */
    private boolean agrees(String person, Gender gender) {
        Set<Gender> told = genders.computeIfAbsent(person, this::gendersTold);
        return told.size() != 1 || told.contains(gender);
    }

    /** The genders the titles and first names of the person's mentions tell; see {@link #agrees}. */
    private Set<Gender> gendersTold(String person) {
        Set<Gender> told = EnumSet.noneOf(Gender.class);
        boolean oneWordName = !drafts.get(person).name.contains(" ");
        for (TokenMention m : mentions) {
            if (!m.actor().equals(person) || text.pos(m.first()).equals("PRP")) {
                continue;
            }
            int namesEnd = oneWordName ? m.end() : m.end() - 1; // a surname is no first name
            for (int t = Math.max(0, m.first() - 1); t < namesEnd; t++) {
                Optional<Gender> title = PersonGender.ofTitle(text.word(t));
                if (title.isPresent()) {
                    told.add(title.get());
                } else if (t >= m.first() && text.pos(t).equals("NNP")) {
                    PersonGender.ofFirstName(text.word(t)).ifPresent(told::add);
                    break; // only the first name
                }
            }
        }
        return told;
    }

    /** The finished actors, in order of first mention. */
    public List<Actor> actors() {
        Set<String> mentioned = new LinkedHashSet<>();
        tokenMentions().forEach(m -> mentioned.add(m.actor()));
        return mentioned.stream().map(id -> drafts.get(id).toActor()).toList();
    }

    /** The places, in text order. */
    public List<Place> places() {
        return List.copyOf(places);
    }

    /** The mentions as model records, in text order. */
    public List<Mention> mentions() {
        return tokenMentions().stream()
                .map(m -> new Mention(m.actor(), Span.of(text.text(), text.begin(m.first()), text.end(m.end() - 1))))
                .toList();
    }
}
