package torchtrek.grading.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import torchtrek.grading.Truncation;

/**
 * Keeps a student's report under 1 MB (PrairieLearn refuses more; Gradescope slows down): when it
 * is larger, each test's text is cut further, with the usual visible marker, until it fits.
 */
final class SizeCap {
    /** The largest report written, in bytes of JSON. */
    static final int MAX_BYTES = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SizeCap() {}

    static ObjectNode fit(ObjectNode report, String testsField, String textField) {
        int limit = Truncation.LIMIT * 2;
        while (size(report) > MAX_BYTES && limit > 20) {
            limit /= 2;
            for (JsonNode t : report.path(testsField)) {
                if (t instanceof ObjectNode o && o.has(textField)) o.put(textField, Truncation.cut(o.get(textField).asText(), 0, limit));
            }
        }
        return report;
    }

    static int size(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
