package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.DType;

/** The generated CUDA C: well-formed, self-contained, and accepted by NVIDIA's compiler where it is installed. */
class KernelSourceTest {
    @BeforeAll
    static void sayWhyWhenSkipped() {
        if (Nvcc.find() == null) System.err.println("[KernelSourceTest] compile checks skipped: " + Nvcc.MISSING);
    }

    @Test
    void everyKernelIsOneSelfContainedEntryPoint() {
        List<KernelSource.Kernel> all = KernelCatalog.all();
        assertTrue(all.size() > 1000, "catalog covers every op and dtype: " + all.size());
        Set<String> names = new HashSet<>();
        for (KernelSource.Kernel k : all) {
            assertTrue(names.add(k.name()), "unique name " + k.name());
            String src = k.source();
            assertTrue(src.startsWith(KernelSource.PRELUDE), k.name());
            String body = src.substring(KernelSource.PRELUDE.length());
            assertTrue(body.contains("extern \"C\" __global__ void " + k.name() + "("), k.name());
            assertFalse(body.contains("#include"), "NVRTC sees no headers: " + k.name());
            assertEquals(count(src, '{'), count(src, '}'), "balanced braces in " + k.name());
            assertEquals(count(src, '('), count(src, ')'), "balanced parentheses in " + k.name());
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void computeTypesFollowTheDtype() {
        assertTrue(KernelSource.unary(UnaryOp.EXP, DType.FLOAT32, DType.FLOAT32).source().contains("float r = expf(x)"));
        assertTrue(KernelSource.unary(UnaryOp.EXP, DType.FLOAT64, DType.FLOAT64).source().contains("double r = exp(x)"));
        assertTrue(KernelSource.unary(UnaryOp.EXP, DType.FLOAT16, DType.FLOAT16).source().contains("tt_h2f(src["),
            "float16 loads convert to float");
        assertTrue(KernelSource.unary(UnaryOp.EXP, DType.BFLOAT16, DType.BFLOAT16).source().contains("tt_f2bf((float) (r))"));
        assertEquals("double", KernelSource.unaryComputeType(UnaryOp.EXP, DType.INT64), "exp of an integer runs in double");
        assertEquals("long long", KernelSource.unaryComputeType(UnaryOp.NEG, DType.INT32), "neg keeps integers");
        assertTrue(KernelSource.binary(BinaryOp.FLOOR_DIVIDE, DType.INT64, DType.INT64).source().contains("tt_floordiv_i(x, y)"));
        assertTrue(KernelSource.copy(DType.FLOAT32, DType.BOOL).source().contains("(unsigned char) ((v) != 0)"),
            "bool conversion is != 0 (NaN is True)");
    }

    @Test
    void everyKernelCompilesToPtx(@TempDir Path dir) throws Exception {
        Path nvcc = Nvcc.find();
        assumeTrue(nvcc != null, Nvcc.MISSING);
        List<KernelSource.Kernel> all = KernelCatalog.all();
        Files.writeString(dir.resolve("all.cu"), KernelCatalog.translationUnit(all));
        // -O0 keeps this quick: the point is that every kernel parses, type-checks and lowers to PTX
        Nvcc.run(dir, nvcc.toString(), "-ptx", "-arch=compute_75", "--std=c++17", "-Xcicc", "-O0", "-o", "all.ptx", "all.cu");
        String ptx = Files.readString(dir.resolve("all.ptx"));
        for (KernelSource.Kernel k : all) assertTrue(ptx.contains(".entry " + k.name() + "("), "PTX entry for " + k.name());
    }

    @Test
    void optimisedKernelsAssembleForAGpu(@TempDir Path dir) throws Exception {
        Path nvcc = Nvcc.find();
        assumeTrue(nvcc != null, Nvcc.MISSING);
        Path ptxas = nvcc.resolveSibling("ptxas");
        assumeTrue(Files.isExecutable(ptxas), "ptxas not found beside nvcc: PTX is not assembled here");
        // one kernel of each family, over the dtypes whose code differs most (half conversions, atomics, 64-bit)
        List<KernelSource.Kernel> sample = List.of(
            KernelSource.fill(DType.BFLOAT16, false), KernelSource.copy(DType.FLOAT16, DType.INT8),
            KernelSource.copy(DType.FLOAT64, DType.BFLOAT16), KernelSource.unary(UnaryOp.ERF, DType.FLOAT16, DType.FLOAT16),
            KernelSource.binary(BinaryOp.FLOOR_DIVIDE, DType.FLOAT32, DType.FLOAT32), KernelSource.binaryDense(BinaryOp.ADD, DType.FLOAT32),
            KernelSource.binary(BinaryOp.POW, DType.INT64, DType.INT64), KernelSource.compare(torchtrek.backend.CompareOp.LT, DType.BFLOAT16),
            KernelSource.where(DType.FLOAT64), KernelSource.gather(DType.INT32, DType.FLOAT64),
            KernelSource.scatter(DType.FLOAT64, DType.FLOAT64, true), KernelSource.scatter(DType.INT64, DType.INT64, true),
            ReduceSource.partial(ReduceSource.Kind.MAX, DType.FLOAT16), ReduceSource.partial(ReduceSource.Kind.SQUARED_DEVIATION, DType.FLOAT32),
            ReduceSource.finish(ReduceSource.Kind.MEAN, DType.FLOAT32, DType.FLOAT32), ReduceSource.withIndex(true, DType.FLOAT32));
        Files.writeString(dir.resolve("sample.cu"), KernelCatalog.translationUnit(sample));
        Nvcc.run(dir, nvcc.toString(), "-ptx", "-arch=compute_90", "--std=c++17", "-o", "sample.ptx", "sample.cu");
        Nvcc.run(dir, ptxas.toString(), "-arch=sm_90", "-o", "sample.cubin", "sample.ptx");
        assertTrue(Files.size(dir.resolve("sample.cubin")) > 0);
    }
}
