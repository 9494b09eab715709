package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.golden.GoldenBlocks;

/** str() and repr() of arrays of every dtype, byte-identical to NumPy 1.24 (scripts/golden/numpy/printing.py). */
class PrintingGoldenTest {
    static Stream<GoldenBlocks.Case> cases() {
        return GoldenBlocks.load("/golden/numpy/printing.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strAndReprMatchNumpy(GoldenBlocks.Case c) {
        Tensor a = GoldenArrays.of(c);
        assertEquals(c.section("str"), ArrayPrinter.str(a), "str");
        assertEquals(c.section("repr"), ArrayPrinter.repr(a, "array"), "repr");
        if (c.sections().containsKey("memmap-repr")) assertEquals(c.section("memmap-repr"), ArrayPrinter.repr(a, "memmap"));
    }
}
