package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What analysts ask a store: counts, claims with the stances of every article, one claim's ledger,
 * events, actors and statements. Actors are named by their id, their CAMEO code ({@code RUSGOV}),
 * or any part of a name or alias ("Lavrov"), case-insensitively. Every query is parameterised.
 */
public final class Queries {

    /** An actor as results show it. */
    public record ActorRef(String id, String name, String code) {
    }

    public record Stats(long documents, long actors, long statements, long events, long claims, long stances,
                        long failures) {
    }

    /** How many times an actor took one stance on a claim, over all articles. */
    public record StanceCount(ActorRef actor, String kind, int count) {
    }

    /** A claim merged across articles: what it says, who reports it, and the span of days. */
    public record ClaimSummary(String id, String text, String cameo, String plover, ActorRef source, ActorRef target,
                               int documents, LocalDate first, LocalDate last, List<StanceCount> stances) {
    }

    /** One article's wording of a claim. */
    public record Wording(LocalDate day, String document, String title, String text) {
    }

    /** One stance with the article and the sentence it was read from. */
    public record StanceEntry(LocalDate day, ActorRef actor, String kind, String certainty, String cue, String sentence,
                              String document, String title, String outlet, String url) {
    }

    public record EvidenceEntry(String kind, ActorRef by, String text, String document) {
    }

    /** A claim and everything said about it, in time order. */
    public record ClaimLedger(ClaimSummary claim, List<Wording> wordings, List<StanceEntry> stances,
                              List<EvidenceEntry> evidence) {
    }

    /** An event merged across the articles that report it. */
    public record EventSummary(String id, LocalDate day, ActorRef source, String cameo, String plover, ActorRef target,
                               String modality, double goldstein, int reports, String trigger, String sentence) {
    }

    public record ActorSummary(String id, String name, String kind, String code, String country, String sector,
                               long documents, long mentions) {
    }

    public record StatementEntry(LocalDate day, ActorRef speaker, String cue, String form, String content,
                                 String document, String title) {
    }

    /** Claims to list; null fields do not filter. */
    public record ClaimFilter(String about, String actor, LocalDate since, LocalDate until, int limit) {
    }

    /** Events to list; null fields do not filter. */
    public record EventFilter(String actor, String codePrefix, LocalDate since, LocalDate until, int limit) {
    }

    private final Store store;
    private final Connection connection;

    public Queries(Store store) {
        this.store = store;
        this.connection = store.connection();
    }

    public Stats stats() {
        String sql = "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT actor_id) FROM actors),"
                + " (SELECT count(*) FROM statements), (SELECT count(DISTINCT event_key) FROM events),"
                + " (SELECT count(DISTINCT claim_key) FROM claims), (SELECT count(*) FROM stances),"
                + " (SELECT count(*) FROM ingest_log)";
        return query("count the records", sql, List.of(), r -> new Stats(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7))).get(0);
    }

    /** Claims, the most widely reported first. */
    public List<ClaimSummary> claims(ClaimFilter filter) {
        Sql sql = new Sql(CLAIMS);
        if (filter.about() != null) {
            sql.and("(lower(f.text) LIKE ? ESCAPE '\\' OR f.source_id IN (" + NAMED + ") OR f.target_id IN (" + NAMED + "))",
                    like(filter.about()), like(filter.about()), like(filter.about()), like(filter.about()), like(filter.about()));
        }
        if (filter.actor() != null) {
            sql.and("(f.source_id IN (" + ACTOR + ") OR f.target_id IN (" + ACTOR + ") OR f.claim_key IN"
                    + " (SELECT claim_key FROM stances WHERE actor_id IN (" + ACTOR + ")))");
            for (int i = 0; i < 3; i++) {
                sql.params.addAll(actorParams(filter.actor()));
            }
        }
        if (filter.since() != null) {
            sql.and("s.last_day >= ?", filter.since());
        }
        if (filter.until() != null) {
            sql.and("s.first_day <= ?", filter.until());
        }
        sql.append(" ORDER BY s.documents DESC, s.last_day DESC NULLS LAST, f.claim_key LIMIT ?", filter.limit());
        return summaries(sql);
    }

    /** The ledger of one claim, or empty when the store has no claim with that id. */
    public Optional<ClaimLedger> claim(String id) {
        Sql sql = new Sql(CLAIMS);
        sql.and("f.claim_key = ?", id);
        List<ClaimSummary> found = summaries(sql);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Wording> wordings = query("read the wordings of claim " + id,
                "SELECT c.day, c.document_id, d.title, c.text FROM claims c JOIN documents d ON d.id = c.document_id"
                        + " WHERE c.claim_key = ? ORDER BY c.day NULLS LAST, d.published, c.document_id",
                List.of(id), r -> new Wording(day(r, 1), r.getString(2), r.getString(3), r.getString(4)));
        List<StanceEntry> stances = query("read the stances on claim " + id,
                "SELECT s.day, s.actor_id, s.kind, s.certainty, s.cue_text, s.sentence, s.document_id, d.title, d.outlet,"
                        + " d.url FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.claim_key = ?"
                        + " ORDER BY s.day NULLS LAST, d.published, s.document_id, s.cue_start",
                List.of(id), r -> new StanceEntry(day(r, 1), new ActorRef(r.getString(2), null, null),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                        r.getString(9), r.getString(10)));
        List<EvidenceEntry> evidence = query("read the evidence for claim " + id,
                "SELECT kind, by_id, span_text, document_id FROM evidence WHERE claim_key = ? ORDER BY document_id, span_start",
                List.of(id), r -> new EvidenceEntry(r.getString(1), new ActorRef(r.getString(2), null, null),
                        r.getString(3), r.getString(4)));
        Set<String> ids = new LinkedHashSet<>();
        stances.forEach(s -> ids.add(s.actor().id()));
        evidence.forEach(e -> ids.add(e.by().id()));
        Map<String, ActorRef> refs = actorRefs(ids);
        return Optional.of(new ClaimLedger(found.get(0), wordings,
                stances.stream().map(s -> new StanceEntry(s.day(), refs.get(s.actor().id()), s.kind(), s.certainty(),
                        s.cue(), s.sentence(), s.document(), s.title(), s.outlet(), s.url())).toList(),
                evidence.stream().map(e -> new EvidenceEntry(e.kind(), refs.get(e.by().id()), e.text(), e.document()))
                        .toList()));
    }

    /** Events, oldest first; each is one event however many articles report it. */
    public List<EventSummary> events(EventFilter filter) {
        Sql sql = new Sql("SELECT r.event_key, r.day, r.source_id, r.cameo, r.plover, r.target_id, r.modality, r.goldstein,"
                + " g.reports, r.trigger_text, r.sentence FROM"
                + " (SELECT *, row_number() OVER (PARTITION BY event_key ORDER BY document_id, event_id) AS rank FROM events) r"
                + " JOIN (SELECT event_key, count(DISTINCT document_id) AS reports FROM events GROUP BY event_key) g"
                + " ON g.event_key = r.event_key WHERE r.rank = 1");
        if (filter.actor() != null) {
            sql.and("(r.source_id IN (" + ACTOR + ") OR r.target_id IN (" + ACTOR + "))");
            sql.params.addAll(actorParams(filter.actor()));
            sql.params.addAll(actorParams(filter.actor()));
        }
        if (filter.codePrefix() != null) {
            sql.and("r.cameo LIKE ? ESCAPE '\\'", escape(filter.codePrefix()) + "%");
        }
        if (filter.since() != null) {
            sql.and("r.day >= ?", filter.since());
        }
        if (filter.until() != null) {
            sql.and("r.day <= ?", filter.until());
        }
        sql.append(" ORDER BY r.day NULLS LAST, r.cameo, r.event_key LIMIT ?", filter.limit());
        List<EventSummary> events = query("list the events", sql.text.toString(), sql.params,
                r -> new EventSummary(r.getString(1), day(r, 2), new ActorRef(r.getString(3), null, null), r.getString(4),
                        r.getString(5), new ActorRef(r.getString(6), null, null), r.getString(7), r.getDouble(8),
                        r.getInt(9), r.getString(10), r.getString(11)));
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> {
            ids.add(e.source().id());
            ids.add(e.target().id());
        });
        Map<String, ActorRef> refs = actorRefs(ids);
        return events.stream().map(e -> new EventSummary(e.id(), e.day(), refs.get(e.source().id()), e.cameo(), e.plover(),
                refs.get(e.target().id()), e.modality(), e.goldstein(), e.reports(), e.trigger(), e.sentence())).toList();
    }

    /** Actors, the most widely mentioned first. */
    public List<ActorSummary> actors(String country, int limit) {
        Sql sql = new Sql("SELECT actor_id, name, kind, code, country, sector, documents, mentions FROM actor_index WHERE 1 = 1");
        if (country != null) {
            sql.and("upper(country) = upper(?)", country);
        }
        sql.append(" ORDER BY documents DESC, mentions DESC, actor_id LIMIT ?", limit);
        return query("list the actors", sql.text.toString(), sql.params, r -> new ActorSummary(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getLong(7), r.getLong(8)));
    }

    /** Statements, oldest first; by one speaker when {@code speaker} is not null. */
    public List<StatementEntry> statements(String speaker, int limit) {
        Sql sql = new Sql("SELECT s.day, s.speaker_id, s.cue_text, s.form, s.content_text, s.document_id, d.title"
                + " FROM statements s JOIN documents d ON d.id = s.document_id WHERE 1 = 1");
        if (speaker != null) {
            sql.and("s.speaker_id IN (" + ACTOR + ")");
            sql.params.addAll(actorParams(speaker));
        }
        sql.append(" ORDER BY s.day NULLS LAST, d.published, s.document_id, s.cue_start LIMIT ?", limit);
        List<StatementEntry> found = query("list the statements", sql.text.toString(), sql.params,
                r -> new StatementEntry(day(r, 1), new ActorRef(r.getString(2), null, null), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
        Map<String, ActorRef> refs = actorRefs(found.stream().map(s -> s.speaker().id()).toList());
        return found.stream().map(s -> new StatementEntry(s.day(), refs.get(s.speaker().id()), s.cue(), s.form(),
                s.content(), s.document(), s.title())).toList();
    }

    // ---- SQL ------------------------------------------------------------------------------------

    /** Claims merged by key: the wording of the earliest published article, and the days of all stances. */
    private static final String CLAIMS = "SELECT f.claim_key, f.text, f.cameo, f.plover, f.source_id, f.target_id,"
            + " s.documents, s.first_day, s.last_day FROM"
            + " (SELECT c.claim_key, c.text, c.cameo, c.plover, c.source_id, c.target_id, row_number() OVER"
            + "  (PARTITION BY c.claim_key ORDER BY d.published NULLS LAST, d.ingested_at, c.document_id) AS rank"
            + "  FROM claims c JOIN documents d ON d.id = c.document_id) f"
            + " JOIN (SELECT claim_key, count(DISTINCT document_id) AS documents, min(day) AS first_day,"
            + "  max(day) AS last_day FROM (SELECT claim_key, document_id, day FROM claims"
            + "  UNION ALL SELECT claim_key, document_id, day FROM stances) x GROUP BY claim_key) s"
            + " ON s.claim_key = f.claim_key WHERE f.rank = 1";

    /** Ids of actors named by id, code, or part of a name: four parameters from {@link #actorParams}. */
    private static final String ACTOR = "SELECT actor_id FROM actors WHERE actor_id = ? OR upper(code) = upper(?)"
            + " OR lower(name) LIKE ? ESCAPE '\\' OR lower(aliases) LIKE ? ESCAPE '\\'";

    /** Ids of actors with a name or alias containing a text: two LIKE parameters. */
    private static final String NAMED = "SELECT actor_id FROM actors WHERE lower(name) LIKE ? ESCAPE '\\'"
            + " OR lower(aliases) LIKE ? ESCAPE '\\'";

    private static List<Object> actorParams(String actor) {
        return List.of(actor, actor, like(actor), like(actor));
    }

    private static String like(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<ClaimSummary> summaries(Sql sql) {
        record Row(String id, String text, String cameo, String plover, String source, String target, int documents,
                   LocalDate first, LocalDate last) {
        }
        List<Row> rows = query("list the claims", sql.text.toString(), sql.params, r -> new Row(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getInt(7), day(r, 8),
                day(r, 9)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> counts = new HashMap<>();
        Sql stances = new Sql("SELECT claim_key, actor_id, kind, count(*) FROM stances WHERE claim_key IN ("
                + String.join(", ", java.util.Collections.nCopies(rows.size(), "?")) + ")"
                + " GROUP BY claim_key, actor_id, kind ORDER BY claim_key, min(day) NULLS LAST, actor_id, kind");
        rows.forEach(r -> stances.params.add(r.id()));
        query("count the stances", stances.text.toString(), stances.params, r -> counts
                .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(new String[] {r.getString(2), r.getString(3), Integer.toString(r.getInt(4))}));
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.source());
            ids.add(r.target());
        });
        counts.values().forEach(list -> list.forEach(c -> ids.add(c[0])));
        Map<String, ActorRef> refs = actorRefs(ids);
        return rows.stream().map(r -> new ClaimSummary(r.id(), r.text(), r.cameo(), r.plover(), refs.get(r.source()),
                refs.get(r.target()), r.documents(), r.first(), r.last(),
                counts.getOrDefault(r.id(), List.of()).stream()
                        .map(c -> new StanceCount(refs.get(c[0]), c[1], Integer.parseInt(c[2]))).toList())).toList();
    }

    /** The name and code of each actor id (ids the store does not know keep a null name). */
    Map<String, ActorRef> actorRefs(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, ActorRef> refs = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return refs;
        }
        query("name the actors", "SELECT actor_id, name, code FROM actor_index WHERE actor_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(wanted.size(), "?")) + ")",
                new ArrayList<>(wanted), r -> refs.put(r.getString(1), new ActorRef(r.getString(1), r.getString(2), r.getString(3))));
        wanted.forEach(id -> refs.putIfAbsent(id, new ActorRef(id, null, null)));
        return refs;
    }

    private static LocalDate day(ResultSet r, int column) throws SQLException {
        java.sql.Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    <T> List<T> query(String what, String sql, List<Object> params, RowReader<T> reader) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(reader.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure(what, e);
        }
    }

    /** A query being built: its text and its parameters, in order. */
    private static final class Sql {
        final StringBuilder text;
        final List<Object> params = new ArrayList<>();

        Sql(String select) {
            text = new StringBuilder(select);
        }

        void and(String condition, Object... values) {
            text.append(" AND ").append(condition);
            params.addAll(List.of(values));
        }

        void append(String clause, Object... values) {
            text.append(clause);
            params.addAll(List.of(values));
        }
    }
}
