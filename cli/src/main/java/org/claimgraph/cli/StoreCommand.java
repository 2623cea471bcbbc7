package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * A command that asks the store something and prints the answer as an aligned table, JSON or CSV.
 * A store that cannot be opened or read is one line on stderr and exit status 1.
 */
abstract class StoreCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned columns), json or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    /** Answers from the open store; returns the exit status. */
    abstract int answer(Queries queries, PrintWriter out) throws JsonProcessingException;

    @Override
    public final Integer call() {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        try (Store store = Store.openExisting(storeOption.location())) {
            int status = answer(new Queries(store), out);
            out.flush();
            return status;
        } catch (StoreException | JsonProcessingException e) {
            out.flush();
            System.err.println("claimgraph: " + e.getMessage());
            return 1;
        }
    }

    /** Prints a result: the table as text or CSV, or {@code value} as JSON. */
    void print(PrintWriter out, Table table, Object value) throws JsonProcessingException {
        switch (format) {
            case text -> out.print(table.aligned());
            case csv -> out.print(table.csv());
            case json -> out.println(JSON.writeValueAsString(value));
        }
    }

    /** "Mira Oran (OCNGOV)", the id when the store has no name, or empty. */
    static String actor(Queries.ActorRef ref) {
        if (ref == null || ref.id() == null) {
            return "";
        }
        String name = ref.name() == null ? ref.id() : ref.name();
        return ref.code() == null ? name : name + " (" + ref.code() + ")";
    }
}
