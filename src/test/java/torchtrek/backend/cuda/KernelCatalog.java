package torchtrek.backend.cuda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.DType;

/** Every kernel the CUDA backend can generate, for every dtype combination it can be asked for. */
final class KernelCatalog {
    private KernelCatalog() {}

    static List<KernelSource.Kernel> all() {
        List<KernelSource.Kernel> out = new ArrayList<>();
        for (DType d : DType.values()) {
            out.add(KernelSource.fill(d, false));
            out.add(KernelSource.fill(d, true));
            out.add(KernelSource.where(d));
            out.add(ReduceSource.withIndex(true, d));
            out.add(ReduceSource.withIndex(false, d));
            for (DType e : DType.values()) {
                out.add(KernelSource.copy(d, e));
                out.add(KernelSource.gather(d, e));
                out.add(KernelSource.scatter(d, e, false));
                if (KernelSource.hasAtomicAdd(e)) out.add(KernelSource.scatter(d, e, true));
            }
            for (UnaryOp op : UnaryOp.values()) {
                if (op == UnaryOp.BITWISE_NOT && d.isFloatingPoint()) continue;
                out.add(KernelSource.unary(op, d, d));
                if (op == UnaryOp.LOGICAL_NOT) out.add(KernelSource.unary(op, d, DType.BOOL));
            }
            for (BinaryOp op : BinaryOp.values()) {
                if (op.name().startsWith("BITWISE") && d.isFloatingPoint()) continue;
                out.add(KernelSource.binary(op, d, d));
                out.add(KernelSource.binaryDense(op, d));
                if (op.name().startsWith("LOGICAL")) out.add(KernelSource.binary(op, d, DType.BOOL));
            }
            for (CompareOp op : CompareOp.values()) out.add(KernelSource.compare(op, d));
            for (ReduceSource.Kind kind : ReduceSource.Kind.values()) {
                out.add(ReduceSource.partial(kind, d));
                out.add(ReduceSource.finish(kind, d, d));
                if (kind == ReduceSource.Kind.ALL || kind == ReduceSource.Kind.ANY) out.add(ReduceSource.finish(kind, d, DType.BOOL));
                if (kind == ReduceSource.Kind.SUM && d.isIntegral()) out.add(ReduceSource.finish(kind, d, DType.INT64));
            }
        }
        Map<String, KernelSource.Kernel> byName = new LinkedHashMap<>();
        for (KernelSource.Kernel k : out) byName.putIfAbsent(k.name(), k);
        return new ArrayList<>(byName.values());
    }

    /** One translation unit holding every kernel after a single copy of the prelude. */
    static String translationUnit(List<KernelSource.Kernel> kernels) {
        StringBuilder sb = new StringBuilder(KernelSource.PRELUDE);
        for (KernelSource.Kernel k : kernels) sb.append(k.source().substring(KernelSource.PRELUDE.length()));
        return sb.toString();
    }
}
