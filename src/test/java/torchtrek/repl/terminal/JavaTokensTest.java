package torchtrek.repl.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The editor's view of Java: tokens to colour, brackets to indent by, the word to complete. */
class JavaTokensTest {
    private static List<String> kinds(String s) {
        return JavaTokens.of(s).stream().filter(t -> t.kind() != JavaTokens.Kind.OTHER)
            .map(t -> t.kind() + ":" + s.substring(t.start(), t.end())).toList();
    }

    @Test
    void tokensOfATypicalLine() {
        assertEquals(List.of("KEYWORD:var", "IDENTIFIER:x", "IDENTIFIER:torch", "IDENTIFIER:ones", "OPEN:(", "NUMBER:2",
            "NUMBER:1.5e-3", "CLOSE:)", "COMMENT:// two"), kinds("var x = torch.ones(2, 1.5e-3); // two"));
        assertEquals(List.of("STRING:\"a \\\" (\"", "IDENTIFIER:s"), kinds("\"a \\\" (\" + s"));
        assertEquals(List.of("NUMBER:0xFF", "NUMBER:1_000L"), kinds("0xFF-1_000L"));
        assertEquals(List.of("STRING:\"unclosed"), kinds("\"unclosed"));
        assertEquals(List.of("COMMENT:/* open"), kinds("/* open"));
    }

    @Test
    void openBracketsIgnoreStringsAndComments() {
        assertEquals(1, JavaTokens.openBrackets("int f() {"));
        assertEquals(2, JavaTokens.openBrackets("void g() {\n  if (x) {"));
        assertEquals(0, JavaTokens.openBrackets("String s = \"{(\"; // {"));
        assertEquals(0, JavaTokens.openBrackets(")}"));
    }

    @Test
    void theWordToCompleteIsTheIdentifierOrCommandBeforeTheCursor() {
        assertEquals(6, JavaParser.wordStart("torch.on", 8));
        assertEquals(2, JavaParser.wordStart("x.", 2));
        assertEquals(0, JavaParser.wordStart("/va", 3));
        assertEquals(2, JavaParser.wordStart("  /he", 5));
        assertEquals(4, JavaParser.wordStart("a / b", 5));
    }
}
