package torchtrek.repl.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The line being typed, coloured: keywords, literals and comments differ from plain names. */
class JavaHighlighterTest {
    private final JavaHighlighter highlighter = new JavaHighlighter();

    @Test
    void keywordsLiteralsAndCommentsAreColouredNamesAreNot() {
        String line = "var s = \"hi\" + 1.5; // note";
        AttributedString shown = highlighter.highlight(null, line);
        assertEquals(line, shown.toString(), "colours never change the text");
        AttributedStyle plain = shown.styleAt(line.indexOf('s'));
        assertEquals(AttributedStyle.DEFAULT, plain);
        assertNotEquals(plain, shown.styleAt(line.indexOf("var")));
        assertNotEquals(plain, shown.styleAt(line.indexOf("\"hi\"")));
        assertNotEquals(plain, shown.styleAt(line.indexOf("1.5")));
        assertNotEquals(plain, shown.styleAt(line.indexOf("// note")));
        assertNotEquals(shown.styleAt(line.indexOf("var")), shown.styleAt(line.indexOf("\"hi\"")));
    }

    @Test
    void aCommandIsShownAsOne() {
        AttributedString shown = highlighter.highlight(null, "/vars");
        assertEquals(AttributedStyle.BOLD, shown.styleAt(1));
    }
}
