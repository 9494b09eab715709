package torchtrek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static torchtrek.Kwargs.device;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.keepdim;
import static torchtrek.Kwargs.out;
import static torchtrek.Kwargs.requires_grad;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/**
 * The CUDA device against the CPU backend: every op, dtype conversion and gradient computed on
 * both and compared. Runs only where a GPU is usable; elsewhere the whole class is skipped with
 * the probe's reason.
 */
class CudaDeviceTest {
    @BeforeAll
    static void sayWhyWhenSkipped() {
        if (!torch.cuda.is_available()) System.err.println("[CudaDeviceTest] every test skipped: " + reason());
    }

    @BeforeEach
    void needsAGpu() {
        assumeTrue(torch.cuda.is_available(), CudaDeviceTest::reason);
        torch.manual_seed(0);
    }

    private static String reason() {
        return "no usable CUDA GPU: " + torch.cuda.unavailable_reason();
    }

    private static Tensor gpu(Tensor cpu) {
        Tensor g = cpu.to("cuda");
        assertEquals("cuda:0", g.device().toString());
        return g;
    }

    /** Same dtype and shape, values equal within {@code tol} relative (NaN matches NaN, infinities match). */
    private static void same(Tensor cpu, Tensor onGpu, double tol, String what) {
        assertTrue(onGpu.is_cuda(), what + " stays on the GPU");
        assertEquals(cpu.dtype(), onGpu.dtype(), what + " dtype");
        assertEquals(cpu.shape().toString(), onGpu.shape().toString(), what + " shape");
        double[] a = cpu.toDoubleArray(), b = onGpu.cpu().toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isInfinite(a[i])) {
                assertEquals(a[i], b[i], what + " element " + i);
                continue;
            }
            assertTrue(Math.abs(a[i] - b[i]) <= tol * (1 + Math.abs(a[i])), what + " element " + i + ": cpu " + a[i] + " gpu " + b[i]);
        }
    }

    @Test
    void devicesAreListed() {
        assertTrue(torch.cuda.device_count() >= 1);
        assertFalse(torch.cuda.get_device_name().isBlank());
        assertEquals(null, torch.cuda.unavailable_reason());
    }

    @Test
    void everyDtypeRoundTripsAndConverts() {
        Tensor base = torch.arange(-6, 6).reshape(3, 4);
        for (DType from : DType.values()) {
            Tensor x = base.to(from);
            assertEquals(x.toString(), gpu(x).cpu().toString(), "round trip of " + from);
            assertEquals(x.t().toString(), gpu(x.t()).cpu().toString(), "strided round trip of " + from);
            assertEquals(x.t().toString(), gpu(x).t().cpu().toString(), "strided download of " + from);
            for (DType to : DType.values()) {
                if (from.isFloatingPoint() && !to.isSigned()) continue;   // negative floats to uint8/bool: undefined in C
                same(x.to(to), gpu(x).to(to), 0, from + " to " + to);
                same(x.to(to), x.to("cuda", to), 0, from + " uploaded as " + to);
            }
        }
        Tensor z = torch.randn(4, 5, device("cuda"));
        Tensor back = z.to("cpu", torch.Double);
        assertEquals(DType.FLOAT64, back.dtype());
        assertTrue(back.is_cpu());
    }

    @Test
    void printingAndDeviceRules() {
        assertEquals("tensor([1., 1.], device='cuda:0')", torch.ones(2, device("cuda")).toString());
        assertEquals("tensor([1, 2], device='cuda:0')", torch.tensor(new long[] {1, 2}, device("cuda")).toString());
        Tensor g = torch.ones(2, 3, device("cuda"));
        assertEquals("RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!",
            assertThrows(RuntimeError.class, () -> g.add(torch.ones(2, 3))).toString());
        assertEquals("RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!",
            assertThrows(RuntimeError.class, () -> torch.ones(2, 3).matmul(g.t())).toString());
        same(torch.ones(2, 3).mul(2.5), g.mul(torch.tensor(2.5)), 0, "a 0-d CPU tensor joins a GPU op");
        for (Tensor like : new Tensor[] {torch.zeros_like(g), torch.ones_like(g), torch.rand_like(g), torch.randn_like(g),
                g.new_zeros(new long[] {2}), g.new_ones(new long[] {2}), torch.full_like(g, 7)})
            assertTrue(like.is_cuda(), "*_like and new_* keep the device");
        assertTrue(torch.eye(3, device("cuda")).is_cuda());
        assertTrue(torch.randint_like(g, 0, 5).is_cuda());
        assertTrue(torch.randperm(5, device("cuda")).is_cuda());
        assertTrue(torch.rand(3, device("cuda")).is_cuda());
        assertTrue(torch.full(new long[] {2}, 3.0, device("cuda")).is_cuda());
        assertEquals("torch.cuda.FloatTensor", g.type());
    }

    private static Map<String, UnaryOperator<Tensor>> unaryOps() {
        Map<String, UnaryOperator<Tensor>> ops = new LinkedHashMap<>();
        ops.put("neg", Tensor::neg);
        ops.put("abs", Tensor::abs);
        ops.put("sign", Tensor::sign);
        ops.put("exp", Tensor::exp);
        ops.put("exp2", Tensor::exp2);
        ops.put("expm1", Tensor::expm1);
        ops.put("sin", Tensor::sin);
        ops.put("cos", Tensor::cos);
        ops.put("tan", Tensor::tan);
        ops.put("atan", Tensor::atan);
        ops.put("sinh", Tensor::sinh);
        ops.put("cosh", Tensor::cosh);
        ops.put("tanh", Tensor::tanh);
        ops.put("sigmoid", Tensor::sigmoid);
        ops.put("relu", Tensor::relu);
        ops.put("floor", Tensor::floor);
        ops.put("ceil", Tensor::ceil);
        ops.put("round", Tensor::round);
        ops.put("trunc", Tensor::trunc);
        ops.put("frac", Tensor::frac);
        ops.put("erf", Tensor::erf);
        ops.put("square", Tensor::square);
        ops.put("reciprocal", Tensor::reciprocal);
        ops.put("log of |x|+0.1", x -> x.abs().add(0.1).log());
        ops.put("log2", x -> x.abs().add(0.1).log2());
        ops.put("log10", x -> x.abs().add(0.1).log10());
        ops.put("log1p", x -> x.abs().log1p());
        ops.put("sqrt", x -> x.abs().sqrt());
        ops.put("rsqrt", x -> x.abs().add(0.1).rsqrt());
        ops.put("asin", x -> x.tanh().asin());
        ops.put("acos", x -> x.tanh().acos());
        ops.put("logical_not", Tensor::logical_not);
        ops.put("isnan", Tensor::isnan);
        ops.put("softmax", x -> x.softmax(-1));
        ops.put("log_softmax", x -> x.log_softmax(0));
        return ops;
    }

    @Test
    void unaryOpsMatchTheCpu() {
        Tensor x = torch.randn(37, 41).mul(3);
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Tensor c = x.to(d);
            double tol = d == DType.FLOAT32 ? 2e-5 : 1e-12;
            for (Map.Entry<String, UnaryOperator<Tensor>> op : unaryOps().entrySet()) {
                same(op.getValue().apply(c), op.getValue().apply(gpu(c)), tol, op.getKey() + " " + d);
                same(op.getValue().apply(c.t()), op.getValue().apply(gpu(c).t()), tol, op.getKey() + " strided " + d);
            }
        }
        Tensor h = x.half();
        same(h.exp(), gpu(h).exp(), 2e-3, "exp float16");
        Tensor i = torch.arange(-20, 20);
        for (String name : new String[] {"neg", "abs", "sign", "relu", "square"})
            same(unaryOps().get(name).apply(i), unaryOps().get(name).apply(gpu(i)), 0, name + " int64");
    }

    private static Map<String, BinaryOperator<Tensor>> binaryOps() {
        Map<String, BinaryOperator<Tensor>> ops = new LinkedHashMap<>();
        ops.put("add", Tensor::add);
        ops.put("sub", Tensor::sub);
        ops.put("mul", Tensor::mul);
        ops.put("div", Tensor::div);
        ops.put("maximum", Tensor::maximum);
        ops.put("minimum", Tensor::minimum);
        ops.put("remainder", Tensor::remainder);
        ops.put("floor_divide", Tensor::floor_divide);
        ops.put("fmod", Tensor::fmod);
        ops.put("atan2", Tensor::atan2);
        ops.put("pow", (a, b) -> a.abs().pow(b));
        ops.put("eq", (a, b) -> a.round().eq(b.round()));
        ops.put("ne", Tensor::ne);
        ops.put("lt", Tensor::lt);
        ops.put("le", Tensor::le);
        ops.put("gt", Tensor::gt);
        ops.put("ge", Tensor::ge);
        ops.put("logical_and", (a, b) -> a.gt(0).logical_and(b.gt(0)));
        ops.put("logical_xor", (a, b) -> a.gt(0).logical_xor(b));
        ops.put("where", (a, b) -> torch.where(a.gt(b), a, b));
        ops.put("masked_fill", (a, b) -> a.masked_fill(b.lt(0), -1.5));
        return ops;
    }

    @Test
    void binaryOpsWithBroadcastingMatchTheCpu() {
        Tensor a = torch.randn(37, 41).mul(4), b = torch.randn(41).mul(4), col = torch.randn(37, 1).mul(4);
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            double tol = d == DType.FLOAT32 ? 2e-5 : 1e-12;
            Tensor ca = a.to(d), cb = b.to(d), cc = col.to(d);
            for (Map.Entry<String, BinaryOperator<Tensor>> op : binaryOps().entrySet()) {
                BinaryOperator<Tensor> f = op.getValue();
                same(f.apply(ca, cb), f.apply(gpu(ca), gpu(cb)), tol, op.getKey() + " row broadcast " + d);
                same(f.apply(ca, cc), f.apply(gpu(ca), gpu(cc)), tol, op.getKey() + " column broadcast " + d);
                same(f.apply(ca.t(), cc.t()), f.apply(gpu(ca).t(), gpu(cc).t()), tol, op.getKey() + " transposed " + d);
                same(f.apply(ca, torch.tensor(1.5, dtype(d))), f.apply(gpu(ca), torch.tensor(1.5, dtype(d))), tol, op.getKey() + " scalar " + d);
            }
        }
        Tensor i = torch.randint(-50, 50, new long[] {13, 17}), j = torch.randint(1, 9, new long[] {17});
        for (String name : new String[] {"add", "sub", "mul", "maximum", "remainder", "floor_divide", "fmod", "lt", "eq"})
            same(binaryOps().get(name).apply(i, j), binaryOps().get(name).apply(gpu(i), gpu(j)), 0, name + " int64");
        same(i.bitwise_and(j), gpu(i).bitwise_and(gpu(j)), 0, "bitwise_and int64");
        same(i.pow(2), gpu(i).pow(2), 0, "pow int64");
        same(i.div(j), gpu(i).div(gpu(j)), 1e-6, "true division of int64");
    }

    @Test
    void inPlaceAndOutWrites() {
        Tensor a = torch.randn(300, 70);
        Tensor g = gpu(a);
        a.mul_(2).add_(1).relu_();
        g.mul_(2).add_(1).relu_();
        same(a, g, 1e-6, "in-place chain");
        Tensor target = torch.zeros(300, 70, device("cuda"));
        torch.add(g, g, out(target));
        same(a.add(a), target, 1e-6, "out=");
        Tensor view = gpu(torch.zeros(4, 6));
        view.get("1:3, ::2").fill_(5);
        same(torch.zeros(4, 6).set("1:3, ::2", 5.0), view, 0, "fill of a strided view");
    }

    @Test
    void reductionsMatchTheCpu() {
        Tensor x = torch.randn(64, 33, 5);
        Tensor g = gpu(x);
        same(x.sum(), g.sum(), 1e-5, "sum");
        same(x.mean(), g.mean(), 1e-5, "mean");
        same(x.sum(1), g.sum(1), 1e-5, "sum dim 1");
        same(x.mean(0, true), g.mean(0, true), 1e-5, "mean dim 0 keepdim");
        same(x.sum(new long[] {0, 2}), g.sum(new long[] {0, 2}), 1e-5, "sum dims 0, 2");
        same(x.permute(2, 0, 1).sum(2), g.permute(2, 0, 1).sum(2), 1e-5, "sum of a permuted view");
        same(x.get("::3").prod(2), g.get("::3").prod(2), 1e-5, "prod of a sliced view");
        same(x.amax(1), g.amax(1), 0, "amax");
        same(x.amin(), g.amin(), 0, "amin");
        same(x.max(), g.max(), 0, "max");
        same(x.argmax(1), g.argmax(1), 0, "argmax");
        same(x.argmin(), g.argmin(), 0, "argmin");
        MinMax cm = x.max(2, true), gm = g.max(2, true);
        same(cm.values(), gm.values(), 0, "max values");
        same(cm.indices(), gm.indices(), 0, "max indices");
        same(x.var(), g.var(), 1e-5, "var");
        same(x.std(1), g.std(1), 1e-5, "std dim 1");
        same(x.gt(0).all(), g.gt(0).all(), 0, "all");
        same(x.gt(0).any(1), g.gt(0).any(1), 0, "any dim 1");
        same(x.gt(0).sum(), g.gt(0).sum(), 0, "sum of bool is int64");
        Tensor withNan = x.clone();
        withNan.set("3, 4, 1", Double.NaN);
        same(withNan.max(), gpu(withNan).max(), 0, "NaN wins max");
        same(withNan.argmax(1), gpu(withNan).argmax(1), 0, "NaN wins argmax");
        same(torch.arange(1, 200).sum(), gpu(torch.arange(1, 200)).sum(), 0, "int64 sum");
    }

    @Test
    void theNotesThousandByThousandMean() {
        Tensor x = torch.rand(1000, 1000, device("cuda"));
        Tensor m = x.mean();
        assertTrue(m.is_cuda());
        assertEquals(x.cpu().mean().item(), m.cpu().item(), 1e-6);
        Tensor big = torch.rand(1 << 22);
        same(big.sum(), gpu(big).sum(), 1e-6, "a sum split over many blocks");
    }

    @Test
    void matrixProductsThroughCublas() {
        Tensor a = torch.randn(37, 41), b = torch.randn(41, 23);
        same(a.matmul(b), gpu(a).matmul(gpu(b)), 1e-4, "mm");
        same(a.t().matmul(a), gpu(a).t().matmul(gpu(a)), 1e-4, "transposed left operand");
        same(a.matmul(a.t()), gpu(a).matmul(gpu(a).t()), 1e-4, "transposed right operand");
        same(a.get(":, 1::2").matmul(b.get("1::2")), gpu(a).get(":, 1::2").matmul(gpu(b).get("1::2")), 1e-4, "strided slices");
        Tensor x = torch.randn(3, 5, 7), y = torch.randn(3, 7, 4);
        same(x.bmm(y), gpu(x).bmm(gpu(y)), 1e-4, "bmm");
        same(x.matmul(y.get("0")), gpu(x).matmul(gpu(y).get("0")), 1e-4, "batch broadcast");
        same(a.matmul(b.get(":, 0")), gpu(a).matmul(gpu(b).get(":, 0")), 1e-4, "mv");
        same(b.get(":, 0").dot(b.get(":, 1")), gpu(b).get(":, 0").dot(gpu(b).get(":, 1")), 1e-4, "dot");
        Tensor ad = a.Double(), bd = b.Double();
        same(ad.matmul(bd), gpu(ad).matmul(gpu(bd)), 1e-12, "float64");
        same(a.half().matmul(b.half()), gpu(a.half()).matmul(gpu(b.half())), 2e-2, "float16 through float32");
        assertEquals("RuntimeError: \"addmm_cuda\" not implemented for 'Long'",
            assertThrows(RuntimeError.class, () -> gpu(torch.ones(2, 2, dtype(torch.int64))).matmul(gpu(torch.ones(2, 2, dtype(torch.int64))))).toString());
        Tensor big = torch.randn(512, 512);
        same(big.matmul(big), gpu(big).matmul(gpu(big)), 1e-4, "512 x 512");
    }

    @Test
    void indexingGathersAndScatters() {
        Tensor x = torch.randn(10, 8);
        Tensor g = gpu(x);
        Tensor idx = torch.tensor(new long[] {3, 0, 3, 9});
        same(x.index_select(0, idx), g.index_select(0, gpu(idx)), 0, "index_select");
        same(x.get("::2, 1::3"), g.get("::2, 1::3"), 0, "basic slicing");
        same(x.masked_select(x.gt(0)), g.masked_select(g.gt(0)), 0, "masked_select");
        same(x.take(torch.tensor(new long[] {0, 79, 5})), g.take(gpu(torch.tensor(new long[] {0, 79, 5}))), 0, "take");
        Tensor gi = torch.randint(0, 8, new long[] {10, 3});
        same(x.gather(1, gi), g.gather(1, gpu(gi)), 0, "gather");
        Tensor c = x.clone(), d = g.clone();
        c.set("2:5, 1", 7.0);
        d.set("2:5, 1", 7.0);
        same(c, d, 0, "index assignment");
    }

    @Test
    void gradientsMatchTheCpu() {
        torch.manual_seed(3);
        Tensor xs = torch.randn(64, 10), ys = torch.randn(64, 1);
        Tensor w0 = torch.randn(10, 1), b0 = torch.zeros(1);
        Tensor[] cpu = step(xs, ys, w0, b0);
        Tensor[] onGpu = step(gpu(xs), gpu(ys), gpu(w0), gpu(b0));
        for (int i = 0; i < cpu.length; i++) same(cpu[i], onGpu[i], 1e-4, "training step result " + i);
        // through a device transfer: the gradient arrives on the CPU leaf
        Tensor leaf = torch.randn(5, 3, requires_grad(true));
        leaf.to("cuda").pow(2).sum().backward();
        assertTrue(leaf.grad().is_cpu());
        same(leaf.detach().mul(2), gpu(leaf.grad()), 1e-6, "gradient across .to('cuda')");
        // a few more backward formulas, each against the CPU
        Tensor v = torch.randn(6, 7);
        for (Map.Entry<String, UnaryOperator<Tensor>> op : Map.<String, UnaryOperator<Tensor>>of(
                "sigmoid", Tensor::sigmoid, "tanh", Tensor::tanh, "exp", Tensor::exp, "softmax", t -> t.softmax(1),
                "mean dim", t -> t.mean(0, true), "var", Tensor::var, "max", Tensor::max, "matmul", t -> t.matmul(t.t())).entrySet()) {
            Tensor lc = v.clone().requires_grad_(true), lg = gpu(v).requires_grad_(true);
            op.getValue().apply(lc).sum().backward();
            op.getValue().apply(lg).sum().backward();
            same(lc.grad(), lg.grad(), 1e-5, "gradient of " + op.getKey());
        }
    }

    /** One gradient step of linear regression, the notes' training-style code. */
    private static Tensor[] step(Tensor xs, Tensor ys, Tensor w0, Tensor b0) {
        Tensor w = w0.clone().requires_grad_(true), b = b0.clone().requires_grad_(true);
        Tensor loss = xs.matmul(w).add(b).sub(ys).pow(2).mean();
        loss.backward();
        assertTrue(w.grad().is_cuda() == xs.is_cuda(), "gradients live where their leaves do");
        return new Tensor[] {loss.detach(), w.grad(), b.grad()};
    }

    @Test
    void memoryOfDeadTensorsIsReused() {
        // far more than any GPU holds (256 MiB each): works only if dead tensors' memory is freed
        for (int i = 0; i < 800; i++) {
            Tensor t = torch.zeros(64L << 20, device("cuda"));
            assertEquals(64L << 20, t.numel());
        }
        torch.cuda.synchronize();
    }

    @Test
    void keepdimResultsStayOnTheGpu() {
        Tensor g = torch.ones(3, 4, device("cuda"));
        assertArrayEquals(new long[] {3, 1}, g.sum(1, keepdim(true)).shape().toLongArray());
        assertTrue(g.sum(1, keepdim(true)).is_cuda());
    }
}
