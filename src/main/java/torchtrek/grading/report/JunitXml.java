package torchtrek.grading.report;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;
import torchtrek.grading.Outcome;

/**
 * {@code junit.xml} for CI-based classrooms (GitHub Actions reporters, Jenkins, GitLab): a
 * testsuite per student, a testcase per check with a {@code <failure>} when it did not pass, and
 * for an exercise that could not run (not gradable, timeout) one testcase with an {@code <error>}.
 * A classroom's CI shows this to students, so hidden checks keep their details to themselves.
 * No times are written: the file must be the same however the grading was split.
 */
final class JunitXml {
    private JunitXml() {}

    static String of(Grid grid) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            int[] all = new int[3];
            for (String s : grid.students()) add(all, counts(grid.row(s)));
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "TorchTrek grading");
            attributes(w, all);
            w.writeCharacters("\n");
            for (String s : grid.students()) suite(w, grid.manifest(), s, grid.row(s));
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml", e);
        }
    }

    private static void suite(XMLStreamWriter w, Manifest m, String student, List<ExerciseResult> row) throws XMLStreamException {
        w.writeCharacters("  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", clean(student));
        attributes(w, counts(row));
        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        property(w, "score", Grid.number(Grid.total(row)));
        property(w, "max_score", Grid.number(m.points()));
        w.writeEndElement();
        w.writeCharacters("\n");
        for (int i = 0; i < row.size(); i++) {
            ExerciseResult r = row.get(i);
            String id = m.exercises().get(i).id();
            if (ran(r)) {
                for (CheckResult c : r.checks()) {
                    boolean shown = StudentView.shows(c, false);
                    testcase(w, student, id, id + ": " + (shown ? c.name() : "hidden check"));
                    if (!c.passed()) {
                        String detail = StudentView.check(c, false) + (r.message().isBlank() ? "" : "\n" + r.message());
                        problem(w, "failure", r.outcome().key(), firstLine(detail), detail + outputOf(r, shown));
                    }
                    w.writeEndElement();
                    w.writeCharacters("\n");
                }
            } else {
                testcase(w, student, id, id);
                String detail = StudentView.exercise(r);
                problem(w, "error", r.outcome().key(), StudentView.label(r.outcome()) + ": " + firstLine(r.message()), detail);
                w.writeEndElement();
                w.writeCharacters("\n");
            }
        }
        w.writeCharacters("  ");
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** Whether the exercise's checks ran (passed or failed), rather than the exercise being stopped before them. */
    private static boolean ran(ExerciseResult r) {
        return r.outcome() == Outcome.PASSED || r.outcome() == Outcome.FAILED;
    }

    private static String outputOf(ExerciseResult r, boolean shown) {
        return shown && !r.output().isBlank() ? "\n\nYour code printed:\n" + r.output() : "";
    }

    /** tests, failures, errors */
    private static int[] counts(List<ExerciseResult> row) {
        int[] c = new int[3];
        for (ExerciseResult r : row) {
            if (ran(r)) {
                c[0] += r.checks().size();
                c[1] += (int) r.checks().stream().filter(x -> !x.passed()).count();
            } else {
                c[0]++;
                c[2]++;
            }
        }
        return c;
    }

    private static void add(int[] into, int[] c) {
        for (int i = 0; i < 3; i++) into[i] += c[i];
    }

    private static void attributes(XMLStreamWriter w, int[] c) throws XMLStreamException {
        w.writeAttribute("tests", Integer.toString(c[0]));
        w.writeAttribute("failures", Integer.toString(c[1]));
        w.writeAttribute("errors", Integer.toString(c[2]));
        w.writeAttribute("skipped", "0");
    }

    private static void testcase(XMLStreamWriter w, String student, String exercise, String name) throws XMLStreamException {
        w.writeCharacters("    ");
        w.writeStartElement("testcase");
        w.writeAttribute("name", clean(name));
        w.writeAttribute("classname", clean(student + "." + exercise));
    }

    private static void problem(XMLStreamWriter w, String element, String type, String message, String body) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("message", message);
        w.writeAttribute("type", type);
        w.writeCharacters(clean(body));
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", value);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return clean(nl < 0 ? t : t.substring(0, nl));
    }

    /** XML 1.0 cannot carry most control characters, which student output may hold: they become U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
            sb.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return sb.toString();
    }
}
