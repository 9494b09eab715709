package torchtrek.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import torchtrek.np;
import torchtrek.torch;

/** Values shown as Python's REPL shows them, in Java's spelling for Java's own literals. */
class ReprTest {
    @Test
    void objectsWithAReprUseIt() {
        assertEquals("tensor([1., 1.])", Repr.of(torch.ones(2)));
        assertEquals("array([0., 0.])", Repr.of(np.zeros(2)));
    }

    @Test
    void javaValuesReadAsTheirLiterals() {
        assertEquals("null", Repr.of(null));
        assertEquals("1e-05", Repr.of(1e-5));
        assertEquals("0.1", Repr.of(0.1f));
        assertEquals("true", Repr.of(true));
        assertEquals("\"say \\\"hi\\\"\\n\"", Repr.of("say \"hi\"\n"));
        assertEquals("'\\''", Repr.of('\''));
        assertEquals("{ { 1, 2 }, {} }", Repr.of(new int[][] {{1, 2}, {}}));
        assertEquals("[1, 2]", Repr.of(List.of(1, 2)));
        assertEquals("torch.Size([2, 3])", Repr.of(torch.ones(2, 3).shape()));
    }

    @Test
    void summariesDescribeTensorsAndShortenTheRest() {
        assertEquals("[2, 3] float32", Repr.summary(torch.ones(2, 3)));
        assertEquals("[] int64", Repr.summary(torch.tensor(3)));
        assertEquals("(2, 3) float64", Repr.summary(np.zeros(2, 3)));
        assertEquals("\"" + "x".repeat(56) + "...", Repr.summary("x".repeat(100)));
        assertEquals("\"a\\nb\"", Repr.summary("a\nb"));
    }
}
