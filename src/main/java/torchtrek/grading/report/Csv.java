package torchtrek.grading.report;

import java.util.List;

/** RFC 4180 CSV lines: fields quoted when they hold a comma, quote or line break; CRLF-free (\n) for diffing. */
final class Csv {
    private Csv() {}

    static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append('\n').toString();
    }
}
