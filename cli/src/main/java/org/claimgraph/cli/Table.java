package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of text under named columns, printed either aligned for a terminal (long cells cut with
 * "…") or as CSV (RFC 4180) for other programs. Null cells print empty.
 */
final class Table {

    private static final int MAX_WIDTH = 60;

    private final List<String> columns;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... columns) {
        this.columns = List.of(columns);
    }

    Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Columns padded to their widest cell, two spaces apart, a header line first. */
    String aligned() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, oneLine(row[i]).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, columns.toArray(String[]::new), widths);
        for (String[] row : rows) {
            line(b, row, widths);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = oneLine(cells[i]);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(cell).append(" ".repeat(widths[i] - cell.length()));
            if (i < cells.length - 1) {
                line.append("  ");
            }
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ");
    }

    /** RFC 4180 CSV with a header row; cells with commas, quotes or line breaks are quoted. */
    String csv() {
        StringBuilder b = new StringBuilder();
        b.append(columns.stream().map(Table::csvCell).collect(Collectors.joining(","))).append("\r\n");
        for (String[] row : rows) {
            b.append(Arrays.stream(row).map(Table::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        return b.toString();
    }

    private static String csvCell(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
