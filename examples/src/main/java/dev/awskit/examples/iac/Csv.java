package dev.awskit.examples.iac;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4180 CSV: rows end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled.
 * {@link #read(String)} undoes {@link #write(List)} exactly.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * Writes rows.
     *
     * @param rows the rows, each a list of fields
     * @return the CSV text
     * @throws NullPointerException if a row or field is null
     */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(Objects.requireNonNull(row.get(i), "field")));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * Reads rows.
     *
     * @param text CSV text; the last row may lack its line end
     * @return the rows
     * @throws IllegalArgumentException if a quoted field is not closed, naming the row
     */
    public static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quoted field in row " + (rows.size() + 1));
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
