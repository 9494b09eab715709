package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;

/** Lessons and prompts in the terminal: wrapped to the width, styled or plainly marked. */
class TerminalMarkdownTest {
    @Test
    void plainRenderingKeepsMarksAReaderNeeds() {
        String out = new TerminalMarkdown(40, false).render("# Title\n\nSome *emphasis*, **strong** and `code here`.\n\n- one\n- two\n");
        assertEquals("""
            Title
            =====

            Some emphasis, strong and `code here`.

            • one
            • two
            """, out);
    }

    @Test
    void colourUsesAnsiStylesAndNeverLeaksThem() {
        String out = new TerminalMarkdown(60, true).render("A **bold** word and `x.grad()`.");
        assertTrue(out.contains("\u001b[0;1mbold\u001b[0m"), out);
        assertTrue(out.contains("\u001b[0;36mx.grad()\u001b[0m"), out);
        assertFalse(Wrap.SGR.matcher(out).replaceAll("").contains("\u001b"));
    }

    @Test
    void inlineCodeIsNotBrokenAcrossLines() {
        String out = new TerminalMarkdown(24, false).render("Call the method `torch.zeros_like(x, dtype(torch.int64))` now.");
        assertTrue(out.contains("`torch.zeros_like(x, dtype(torch.int64))`"), out);
    }

    @Test
    void codeBlocksKeepTheirLinesBehindAGutter() {
        String out = new TerminalMarkdown(30, false).render("```java\nvar aVeryLongName = torch.ones(2, 3, 4, 5);\n```\n");
        assertEquals("  │ var aVeryLongName = torch.ones(2, 3, 4, 5);\n", out);
    }

    @Test
    void tablesBecomeColumnsOrLinesWhenTooWide() {
        String md = "| Python | TorchTrek |\n|---|---|\n| `a + b` | `a.add(b)` |\n";
        assertEquals("Python  │ TorchTrek\n────────┼───────────\n`a + b` │ `a.add(b)`\n", new TerminalMarkdown(40, false).render(md));
        String wide = "| Python | TorchTrek |\n|---|---|\n| `a + b` | `torch.add(a, b)` |\n";
        assertEquals("• Python: `a + b`\n  TorchTrek:\n    `torch.add(a, b)`\n", new TerminalMarkdown(20, false).render(wide));
    }

    @Property
    void wrappedLinesFitTheWidth(@ForAll @Size(min = 1, max = 40) List<@AlphaChars @StringLength(min = 1, max = 12) String> words,
                                 @ForAll @IntRange(min = 20, max = 100) int width) {
        String text = String.join(" ", words);
        String out = new TerminalMarkdown(width, true).render("Some **bold " + text + "** and more " + text);
        for (String line : out.split("\n")) assertTrue(Wrap.width(line) <= width, line + " is wider than " + width);
        assertEquals(("Some bold " + text + " and more " + text).replaceAll("\\s+", " "),
            Wrap.SGR.matcher(out).replaceAll("").replaceAll("\\s+", " ").strip());
    }
}
