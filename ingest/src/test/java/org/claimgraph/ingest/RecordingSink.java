package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Document;

/** A sink that keeps everything it is given, in order. */
final class RecordingSink implements DocumentSink {

    /** One document and the input it was named by. */
    record Read(String input, Document document) {
    }

    final List<Read> reads = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    /** Input names of every document and problem, in the order they came. */
    final List<String> order = new ArrayList<>();

    @Override
    public void document(String input, Document document) {
        reads.add(new Read(input, document));
        order.add(input);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
        order.add(problem.input());
    }

    List<Document> documents() {
        return reads.stream().map(Read::document).toList();
    }

    /** The only document read, failing the test if there were problems or another document. */
    Document only() {
        if (!problems.isEmpty() || reads.size() != 1) {
            throw new AssertionError("expected one document and no problem, got " + reads + " and " + problems);
        }
        return reads.get(0).document();
    }
}
