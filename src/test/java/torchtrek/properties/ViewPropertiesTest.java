package torchtrek.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import torchtrek.Tensor;
import torchtrek.torch;

/**
 * Views are windows onto their base's memory: any chain of view ops reads what the same chain
 * reads on contiguous copies, writing through such a chain changes exactly the base elements it
 * covers, and view ops that need no copy share the base's storage.
 */
class ViewPropertiesTest {
    private static int[] shape(List<Integer> sizes) {
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Tensor base(int[] shape) {
        long numel = Arrays.stream(shape).asLongStream().reduce(1, (x, y) -> x * y);
        return torch.arange(numel).reshape(ViewChain.toLongs(shape));
    }

    private static boolean flattensWithoutCopy(Tensor t) {
        if (t.numel() <= 1) return true;
        int[] size = t.layout().shape(), stride = t.layout().strides();
        int previous = -1;
        for (int d = 0; d < size.length; d++) {
            if (size[d] == 1) continue;
            if (previous >= 0 && stride[previous] != stride[d] * size[d]) return false;
            previous = d;
        }
        return true;
    }

    @Property(tries = 300)
    void aChainOfViewsReadsWhatItReadsOnContiguousCopies(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 4) Integer> sizes,
            @ForAll @Size(max = 6) List<Integer> seeds) {
        int[] shape = shape(sizes);
        ViewChain chain = ViewChain.build(shape, seeds, true);
        Tensor viewed = chain.apply(base(shape));
        Tensor copied = chain.applyOnCopies(base(shape));
        assertEquals(copied.shape(), viewed.shape(), chain.toString());
        assertEquals(copied.tolist(), viewed.tolist(), chain.toString());
        assertTrue(viewed.contiguous().is_contiguous(), chain.toString());
    }

    @Property(tries = 300)
    void writingThroughAViewChangesExactlyTheBaseElementsItCovers(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 4) Integer> sizes,
            @ForAll @Size(max = 6) List<Integer> seeds) {
        int[] shape = shape(sizes);
        ViewChain chain = ViewChain.build(shape, seeds, false);
        Tensor base = base(shape).Double();
        Tensor view = chain.apply(base);
        if (view.storage() != base.storage()) return;   // a reshape had to copy: nothing to write through
        // which base elements the chain covers: the same chain over the elements' own positions
        long[] covered = chain.apply(base(shape)).contiguous().toLongArray();
        view.fill_(-1.0);
        double[] after = base.toDoubleArray();
        boolean[] hit = new boolean[after.length];
        for (long p : covered) hit[(int) p] = true;
        for (int p = 0; p < after.length; p++) {
            assertEquals(hit[p] ? -1.0 : p, after[p], chain + " at base position " + p);
        }
    }

    @Property(tries = 200)
    void viewOpsShareTheBaseStorageAndReshapeCopiesOnlyWhenItMust(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 4) Integer> sizes,
            @ForAll @Size(max = 6) List<Integer> seeds) {
        int[] shape = shape(sizes);
        ViewChain chain = ViewChain.build(shape, seeds, true);
        Tensor base = base(shape);
        Tensor viewed = chain.apply(base);
        boolean reshaped = chain.steps().stream().anyMatch(s -> s.description().startsWith("reshape"));
        if (!reshaped) assertSame(base.storage(), viewed.storage(), chain.toString());
        // flattening is a view exactly when the dims of size > 1 chain up (stride = next stride * next size)
        Tensor flat = viewed.reshape(-1);
        assertEquals(flattensWithoutCopy(viewed), flat.storage() == viewed.storage(), chain + " strides " + viewed.stride());
        assertEquals(viewed.contiguous().tolist(), flat.view(ViewChain.toLongs(viewed.layout().shape())).tolist(), chain.toString());
    }
}
