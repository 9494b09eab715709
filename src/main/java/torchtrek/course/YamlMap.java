package torchtrek.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read with its line numbers, so every complaint about a course file names the
 * line. Reading never throws: problems go to the list given, and the getters fall back.
 */
final class YamlMap {
    private final Path file;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final List<Problem> problems;

    private YamlMap(Path file, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.line = lineOf(node);
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), t.getValueNode());
                keyLines.put(key.getValue(), lineOf(key));
            }
        }
    }

    /** Reads {@code file} as one YAML mapping; null (with a problem recorded) when it is not one. */
    static YamlMap read(Path file, List<Problem> problems) {
        try (Reader in = Files.newBufferedReader(file)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
            if (root instanceof MappingNode m) return new YamlMap(file, m, problems);
            problems.add(new Problem(file, 1, "expected keys and values (like `title: ...`), found "
                + (root == null ? "an empty file" : "something else")));
        } catch (MarkedYAMLException e) {
            int l = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(file, l, "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    int line() { return line; }

    int line(String key) { return keyLines.getOrDefault(key, line); }

    boolean has(String key) { return entries.containsKey(key); }

    /** Records a problem for each key not in {@code known} (a typo would otherwise be ignored silently). */
    void rejectUnknown(Set<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) problem(key, "unknown key `" + key + "`; the keys this file may have are " + String.join(", ", known));
        }
    }

    void problem(String key, String message) {
        problems.add(new Problem(file, line(key), message));
    }

    String string(String key, String fallback, boolean required) {
        Node n = entries.get(key);
        if (n == null) {
            if (required) problems.add(new Problem(file, line, "missing `" + key + "`"));
            return fallback;
        }
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue();
        problem(key, "`" + key + "` should be a single value");
        return fallback;
    }

    long integer(String key, long fallback) {
        String s = string(key, null, false);
        if (s == null) return fallback;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            problem(key, "`" + key + "` should be a whole number, not " + s);
            return fallback;
        }
    }

    boolean bool(String key, boolean fallback) {
        String s = string(key, null, false);
        if (s == null) return fallback;
        if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
        problem(key, "`" + key + "` should be true or false, not " + s);
        return fallback;
    }

    /** A list of single values; a lone value counts as a list of one. */
    List<String> strings(String key) {
        Node n = entries.get(key);
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n instanceof ScalarNode s) {
            out.add(s.getValue());
        } else if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) out.add(s.getValue());
                else problems.add(new Problem(file, lineOf(item), "each item of `" + key + "` should be a single value"));
            }
        } else {
            problem(key, "`" + key + "` should be a list");
        }
        return out;
    }

    /** A list of mappings (such as the checks); each keeps its own lines. */
    List<YamlMap> maps(String key) {
        Node n = entries.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (n == null) return out;
        if (!(n instanceof SequenceNode seq)) {
            problem(key, "`" + key + "` should be a list (each item starting with `- `)");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) out.add(new YamlMap(file, m, problems));
            else problems.add(new Problem(file, lineOf(item), "each item of `" + key + "` should have keys and values"));
        }
        return out;
    }

    /** A nested mapping, or null when absent. */
    YamlMap map(String key) {
        Node n = entries.get(key);
        if (n == null) return null;
        if (n instanceof MappingNode m) return new YamlMap(file, m, problems);
        problem(key, "`" + key + "` should have keys and values");
        return null;
    }

    /** The scalar under {@code key} with YAML's own typing (true, 3, 2.5, text), or null. */
    Object scalar(String key) {
        Node n = entries.get(key);
        if (!(n instanceof ScalarNode s)) return null;
        String text = s.getValue();
        if (s.getTag().equals(Tag.BOOL)) return Boolean.parseBoolean(text);
        if (s.getTag().equals(Tag.INT)) return Long.parseLong(text);
        if (s.getTag().equals(Tag.FLOAT)) return Double.parseDouble(text);
        return text;
    }

    Set<String> keys() { return entries.keySet(); }

    private static int lineOf(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
