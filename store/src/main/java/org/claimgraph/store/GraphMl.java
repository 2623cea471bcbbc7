package org.claimgraph.store;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The actor network of a store as a GraphML document: actors as nodes, events and stances as
 * directed edges, every attribute declared with a {@code <key>} so that Gephi, yEd and NetworkX
 * type them. The layout is described in {@code docs/exports.md}.
 */
final class GraphMl {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** A declared attribute: its key id, what it belongs to, its name as tools show it, and its type. */
    private record Key(String id, String owner, String name, String type) {
    }

    // Node attributes. Gephi takes "label" as the node's label and "weight" as the edge's weight.
    private static final Key LABEL = new Key("label", "node", "label", "string");
    private static final Key CODE = new Key("code", "node", "code", "string");
    private static final Key COUNTRY = new Key("country", "node", "country", "string");
    private static final Key SECTOR = new Key("sector", "node", "sector", "string");
    private static final Key ACTOR_KIND = new Key("actor_kind", "node", "kind", "string");
    private static final Key DOCUMENTS = new Key("documents", "node", "documents", "long");
    private static final Key MENTIONS = new Key("mentions", "node", "mentions", "long");
    // Edge attributes.
    private static final Key EDGE_KIND = new Key("edge_kind", "edge", "kind", "string");
    private static final Key COUNT = new Key("count", "edge", "count", "long");
    private static final Key WEIGHT = new Key("weight", "edge", "weight", "double");
    private static final Key GOLDSTEIN = new Key("goldstein", "edge", "goldstein", "double");
    private static final Key STANCE = new Key("stance", "edge", "stance", "string");
    private static final Key CLAIM = new Key("claim", "edge", "claim", "string");
    private static final List<Key> KEYS = List.of(LABEL, CODE, COUNTRY, SECTOR, ACTOR_KIND, DOCUMENTS, MENTIONS,
            EDGE_KIND, COUNT, WEIGHT, GOLDSTEIN, STANCE, CLAIM);

    /** Events stated as done, one edge per source and target: how often reported, and the Goldstein sum. */
    private static final String EVENT_EDGES = "SELECT e.source_id, e.target_id, count(*), sum(e.goldstein) FROM events e"
            + " WHERE e.target_id IS NOT NULL AND " + Gdelt.HAPPENED
            + " GROUP BY e.source_id, e.target_id ORDER BY e.source_id, e.target_id";

    /** Stances, one edge per actor, claim and kind, pointing at the claim's source. */
    private static final String STANCE_EDGES = "SELECT s.actor_id, c.source_id, s.kind, s.claim_key, count(*)"
            + " FROM stances s JOIN (SELECT DISTINCT claim_key, source_id FROM claims) c ON c.claim_key = s.claim_key"
            + " GROUP BY s.actor_id, c.source_id, s.kind, s.claim_key ORDER BY s.claim_key, s.actor_id, s.kind";

    private record Edge(String source, String target, String kind, long count, Double goldstein, String stance,
                        String claim) {
    }

    private GraphMl() {
    }

    /** Writes the whole document as UTF-8. */
    static Exports.Graph write(Connection connection, OutputStream out) throws SQLException, IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
            for (Key key : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", key.id());
                x.writeAttribute("for", key.owner());
                x.writeAttribute("attr.name", key.name());
                x.writeAttribute("attr.type", key.type());
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "actors");
            x.writeAttribute("edgedefault", "directed");

            Set<String> nodes = new HashSet<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT actor_id, name, code, country, sector, kind,"
                    + " documents, mentions FROM actor_index ORDER BY actor_id")) {
                p.setFetchSize(Exports.FETCH);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        nodes.add(id);
                        x.writeCharacters("\n    ");
                        x.writeStartElement("node");
                        x.writeAttribute("id", xml(id));
                        data(x, LABEL, r.getString(2));
                        data(x, CODE, r.getString(3));
                        data(x, COUNTRY, r.getString(4));
                        data(x, SECTOR, r.getString(5));
                        data(x, ACTOR_KIND, r.getString(6));
                        data(x, DOCUMENTS, Long.toString(r.getLong(7)));
                        data(x, MENTIONS, Long.toString(r.getLong(8)));
                        x.writeEndElement();
                    }
                }
            }

            List<Edge> edges = edges(connection);
            for (Edge e : edges) { // an id no actor row names still gets a node, or tools drop the edge
                for (String id : new String[] {e.source(), e.target()}) {
                    if (nodes.add(id)) {
                        x.writeCharacters("\n    ");
                        x.writeStartElement("node");
                        x.writeAttribute("id", xml(id));
                        data(x, LABEL, id);
                        x.writeEndElement();
                    }
                }
            }
            int n = 0;
            for (Edge e : edges) {
                x.writeCharacters("\n    ");
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + (++n));
                x.writeAttribute("source", xml(e.source()));
                x.writeAttribute("target", xml(e.target()));
                data(x, EDGE_KIND, e.kind());
                data(x, COUNT, Long.toString(e.count()));
                data(x, WEIGHT, Double.toString(e.count()));
                data(x, GOLDSTEIN, e.goldstein() == null ? null : Double.toString(e.goldstein()));
                data(x, STANCE, e.stance());
                data(x, CLAIM, e.claim());
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement(); // graph
            x.writeCharacters("\n");
            x.writeEndElement(); // graphml
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
            return new Exports.Graph(nodes.size(), edges.size());
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the GraphML: " + e.getMessage(), e);
        }
    }

    /** Event edges, then stance edges; small next to the tables, as they are aggregated per pair. */
    private static List<Edge> edges(Connection connection) throws SQLException {
        List<Edge> edges = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(EVENT_EDGES); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                edges.add(new Edge(r.getString(1), r.getString(2), "event", r.getLong(3), r.getDouble(4), null, null));
            }
        }
        try (PreparedStatement p = connection.prepareStatement(STANCE_EDGES); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                edges.add(new Edge(r.getString(1), r.getString(2), "stance", r.getLong(5), null, r.getString(3),
                        r.getString(4)));
            }
        }
        return edges;
    }

    /** One {@code <data>} element, left out when the value is null. */
    private static void data(XMLStreamWriter x, Key key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key.id());
        x.writeCharacters(xml(value));
        x.writeEndElement();
    }

    /**
     * The text with every character XML 1.0 cannot hold (control characters, unpaired surrogates)
     * replaced by U+FFFD; the writer escapes the rest ({@code & < > "}).
     */
    static String xml(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (allowed) {
                    clean.appendCodePoint(c);
                } else {
                    clean.append('\uFFFD');
                }
            }
            i += width;
        }
        return clean == null ? text : clean.toString();
    }
}
