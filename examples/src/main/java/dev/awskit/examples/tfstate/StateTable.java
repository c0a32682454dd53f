package dev.awskit.examples.tfstate;

import java.util.ArrayList;
import java.util.List;

/** Formats state reports as a plain-text table, one line per tag, columns padded to their widest cell. */
final class StateTable {
    private static final List<String> HEADER = List.of("tag", "region", "bucket", "state", "lock", "digest");

    private StateTable() {
    }

    /**
     * Formats reports.
     *
     * @param reports the reports
     * @return the header line and one line per report
     */
    static List<String> lines(List<StateReport> reports) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        reports.forEach(report -> rows.add(List.of(report.tag().toString(), report.region().id(), report.bucket(),
                report.stateText(), report.lockText(), report.digestText())));
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        return rows.stream().map(row -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : " | ").append(i == row.size() - 1 ? row.get(i)
                        : String.format("%-" + widths[i] + "s", row.get(i)));
            }
            return line.toString();
        }).toList();
    }
}
