package torchtrek.repl.terminal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import jdk.jshell.SourceCodeAnalysis;
import torchtrek.repl.Session;
import torchtrek.repl.commands.Command;
import torchtrek.repl.commands.Commands;

/**
 * Tab completion from JShell ({@code completionSuggestions}: members of {@code torch}, tensor
 * methods, the student's own variables, imports), command names after a slash, and, right
 * after an opening parenthesis or a comma, the signatures of the method being called.
 */
final class JavaCompleter implements Completer {
    private final Session session;
    private final Commands commands;

    JavaCompleter(Session session, Commands commands) {
        this.session = session;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        int wordStart = cursor - line.wordCursor();
        if (Commands.isCommand(buffer) && buffer.substring(0, wordStart).isBlank()) {
            for (Command c : commands.all()) candidates.add(candidate("/" + c.name(), c.summary()));
            return;
        }
        if (Commands.isCommand(buffer)) return;
        if (line.word().isEmpty() && insideCall(buffer, cursor)) {
            String signatures = signatures(buffer, cursor, false);
            if (!signatures.isEmpty()) reader.printAbove(signatures);
            return;
        }
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = session.analysis().completionSuggestions(buffer, cursor, anchor);
        Set<String> values = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : suggestions) {
            String value = fromWordStart(buffer, wordStart, anchor[0], s.continuation());
            if (value != null) values.add(value);
        }
        for (String v : values) candidates.add(candidate(v, null));
    }

    /** The signatures (and, when asked, the javadoc) of the method whose arguments the cursor is in. */
    String signatures(String buffer, int cursor, boolean javadoc) {
        return session.analysis().documentation(buffer, cursor, javadoc).stream()
            .map(d -> javadoc && d.javadoc() != null ? d.signature() + "\n" + d.javadoc().strip() : d.signature())
            .distinct()
            .collect(Collectors.joining("\n"));
    }

    /** JShell's continuation starts at its anchor, JLine replaces from the word's start: line them up. */
    private static String fromWordStart(String buffer, int wordStart, int anchor, String continuation) {
        if (anchor >= wordStart) return buffer.substring(wordStart, anchor) + continuation;
        String before = buffer.substring(anchor, wordStart);
        return continuation.startsWith(before) ? continuation.substring(before.length()) : null;
    }

    private static boolean insideCall(String buffer, int cursor) {
        int i = cursor - 1;
        while (i >= 0 && Character.isWhitespace(buffer.charAt(i))) i--;
        return i >= 0 && (buffer.charAt(i) == '(' || buffer.charAt(i) == ',');
    }

    /** Never "complete" (no space added after it): Java goes on with ( or . right after a name. */
    private static Candidate candidate(String value, String description) {
        return new Candidate(value, value, null, description, null, null, false);
    }
}
