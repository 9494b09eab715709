package torchtrek.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import torchtrek.errors.ValueError;

/** The braille tangent plot the gradient lessons print. */
class PlotTest {
    @Test
    void theLegendCarriesTheSlopeAutogradComputes() {
        String plot = Plot.tangent("3x²", x -> x.pow(2).mul(3), 4, 0, 6);
        List<String> lines = plot.lines().toList();
        assertEquals("  solid: y = 3x²    dashed: tangent at x = 4, slope 24", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("108 ┤"), lines.get(0));
        assertTrue(lines.get(11).startsWith("  0 ┤"), lines.get(11));
        for (int i = 0; i < 12; i++) assertEquals(48, lines.get(i).chars().filter(c -> c >= 0x2800 && c <= 0x28FF).count());
    }

    @Test
    void theCurveAndTheTangentAreBothDrawn() {
        String flat = Plot.tangent("x³ - 3x", x -> x.pow(3).sub(x.mul(3)), 1, -2.5, 2.5);
        assertTrue(flat.contains("slope 0"));
        long dots = flat.chars().filter(c -> c > 0x2800 && c <= 0x28FF).count();
        assertTrue(dots > 48, "a curve across the width plus a dashed tangent: " + dots);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(ValueError.class, () -> Plot.tangent("x", x -> x, 0, 1, 1));
    }

    @Test
    void brailleDotsMapToTheirUnicodeBits() {
        Braille b = new Braille(1, 1);
        b.set(0, 0);
        b.set(1, 3);
        assertEquals(String.valueOf((char) (0x2800 + 0x01 + 0x80)), b.row(0));
    }
}
