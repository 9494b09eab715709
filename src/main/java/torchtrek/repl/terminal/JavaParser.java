package torchtrek.repl.terminal;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import torchtrek.repl.Session;
import torchtrek.repl.commands.Commands;

/**
 * Tells JLine when a line is done and what word the cursor is on. Enter continues the input
 * while JShell finds the snippet incomplete (an open brace, a trailing operator), as jshell's own
 * console does; for completion, the word is the Java identifier (or {@code /command}) before the cursor.
 */
final class JavaParser implements Parser {
    private final Session session;

    JavaParser(Session session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !Commands.isCommand(line) && !session.isComplete(line)) {
            int open = JavaTokens.openBrackets(line);
            throw new EOFError(-1, cursor, "incomplete snippet", null, open, null);
        }
        int start = wordStart(line, cursor);
        String word = line.substring(start, cursor);
        return new Line(line, cursor, word);
    }

    /** Where the identifier (or leading {@code /command}) that ends at the cursor begins. */
    static int wordStart(String line, int cursor) {
        int i = cursor;
        while (i > 0 && Character.isJavaIdentifierPart(line.charAt(i - 1))) i--;
        if (i > 0 && line.charAt(i - 1) == '/' && line.substring(0, i - 1).isBlank()) i--;
        return i;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** A Java word needs no quoting: candidates go in as they are. */
    private record Line(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
