package torchtrek.repl.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a line of Java into the pieces the editor colours and counts brackets in. Forgiving by
 * design: it sees half-typed input, so an unclosed string or comment simply runs to the end.
 */
final class JavaTokens {
    enum Kind { KEYWORD, IDENTIFIER, NUMBER, STRING, COMMENT, OPEN, CLOSE, OTHER }

    record Token(Kind kind, int start, int end) {}

    private static final Set<String> KEYWORDS = Set.of(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record", "yield", "sealed",
        "permits", "true", "false", "null");

    private JavaTokens() {}

    static List<Token> of(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            Kind kind;
            if (s.startsWith("//", i)) {
                i = endOf(s, "\n", i + 2, false);
                kind = Kind.COMMENT;
            } else if (s.startsWith("/*", i)) {
                i = endOf(s, "*/", i + 2, true);
                kind = Kind.COMMENT;
            } else if (s.startsWith("\"\"\"", i)) {
                i = endOf(s, "\"\"\"", i + 3, true);
                kind = Kind.STRING;
            } else if (c == '"' || c == '\'') {
                i = quoted(s, i);
                kind = Kind.STRING;
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) i++;
                kind = KEYWORDS.contains(s.substring(start, i)) ? Kind.KEYWORD : Kind.IDENTIFIER;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i = number(s, i);
                kind = Kind.NUMBER;
            } else {
                i++;
                kind = "({[".indexOf(c) >= 0 ? Kind.OPEN : ")}]".indexOf(c) >= 0 ? Kind.CLOSE : Kind.OTHER;
            }
            tokens.add(new Token(kind, start, i));
        }
        return tokens;
    }

    /** How many brackets are open at the end of {@code s} (for the continuation line's indent). */
    static int openBrackets(String s) {
        int depth = 0;
        for (Token t : of(s)) {
            if (t.kind() == Kind.OPEN) depth++;
            else if (t.kind() == Kind.CLOSE && depth > 0) depth--;
        }
        return depth;
    }

    private static int endOf(String s, String end, int from, boolean includeEnd) {
        int at = s.indexOf(end, from);
        if (at < 0) return s.length();
        return includeEnd ? at + end.length() : at;
    }

    private static int quoted(String s, int i) {
        char quote = s.charAt(i++);
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }

    private static int number(String s, int i) {
        boolean hex = s.startsWith("0x", i) || s.startsWith("0X", i);
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && i > start && !hex && "eE".indexOf(s.charAt(i - 1)) >= 0;
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) i++;
            else break;
        }
        return i;
    }
}
