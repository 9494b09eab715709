package torchtrek.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static torchtrek.Kwargs.dtype;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import torchtrek.Tensor;
import torchtrek.backend.cpu.ElementwiseReference;
import torchtrek.tensor.DType;
import torchtrek.torch;

/**
 * A Python number meeting a tensor of another dtype is converted into a bare one-element
 * operand (no tensor): it must give exactly what the same value as a full tensor of the
 * result dtype gives, out of place and in place.
 */
class ScalarOperandTest {
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"float32, 3", "float32, -2.5", "float64, 3", "int64, 4", "int32, 7", "int16, 2", "uint8, 5", "int32, 1.5"})
    void aNumberActsAsAFullTensorOfTheResultDtype(String name, double number) {
        DType dt = DType.valueOf(name.toUpperCase());
        Tensor x = torch.arange(1, 13, dtype(dt)).view(3, 4);
        boolean integral = number == Math.rint(number);
        Tensor viaNumber = integral ? x.mul((long) number) : x.mul(number);
        DType result = viaNumber.dtype();
        Tensor full = torch.full(new long[] {3, 4}, number, dtype(result));
        Tensor viaTensor = x.to(result).mul(full);
        assertEquals(Promotion.resultType(x, integral ? Tensor.wrap((long) number) : Tensor.wrap(number)), result);
        assertArrayEquals(ElementwiseReference.values(viaTensor), ElementwiseReference.values(viaNumber), 0);

        if (integral) {
            Tensor y = x.clone();
            y.add_((long) number);
            assertArrayEquals(ElementwiseReference.values(x.to(result).add(full).to(dt)), ElementwiseReference.values(y), 0);
        }
    }
}
