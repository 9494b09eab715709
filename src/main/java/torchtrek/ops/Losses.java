package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;

/** Loss functions of {@code torch.nn.functional}. */
public final class Losses {
    private Losses() {}

    public static Tensor mseLoss(Tensor input, Tensor target, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("mse_loss", kw, "reduction");
        String reduction = p.string("reduction", "mean");
        if (!Arrays.equals(input.layout().shape(), target.layout().shape())) Warnings.warn("Using a target size ("
            + target.shape() + ") that is different to the input size (" + input.shape() + "). This will likely lead to "
            + "incorrect results due to broadcasting. Please ensure they have the same size.");
        Tensor result;
        try (var off = GradMode.guard(false)) {
            Tensor sq = input.sub(target).pow(2L);
            switch (reduction) {
                case "mean": result = sq.mean(); break;
                case "sum": result = sq.sum(); break;
                case "none": result = sq; break;
                default: throw new RuntimeError(reduction + " is not a valid value for reduction");
            }
        }
        if (History.needed(input, target)) History.record(new MseLossBackward0(input, target, reduction), result, input, target);
        return result;
    }

    static final class MseLossBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor target;
        private final String reduction;

        MseLossBackward0(Tensor input, Tensor target, String reduction) {
            this.input = save(input);
            this.target = save(target);
            this.reduction = reduction;
        }

        @Override public String name() { return "MseLossBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor diff = input.unpack().sub(target.unpack());
            Tensor grad = diff.mul(2L).mul(g[0]);
            if (reduction.equals("mean")) grad = grad.div((long) diff.numel());
            return new Tensor[] {grad, grad.neg()};
        }
    }

    /** {@code cross_entropy}: log_softmax over the class dim, then the negative log likelihood of the targets. */
    public static Tensor crossEntropy(Tensor input, Tensor target, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("cross_entropy", kw, "reduction");
        return nllLoss(input.log_softmax(input.layout().dim() == 1 ? 0 : 1), target, p.string("reduction", "mean"));
    }

    public static Tensor nllLoss(Tensor input, Tensor target, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("nll_loss", kw, "reduction");
        return nllLoss(input, target, p.string("reduction", "mean"));
    }

    private static final long IGNORE_INDEX = -100;

    /**
     * {@code -input[i, target[i]]} per sample (targets equal to -100 are ignored, as PyTorch's
     * default {@code ignore_index}), reduced; input is [N, C] or [C] with a 0-d target.
     */
    private static Tensor nllLoss(Tensor input, Tensor target, String reduction) {
        if (target.dtype() != torchtrek.tensor.DType.INT64) throw new RuntimeError("expected scalar type Long but found "
            + target.dtype().scalarTypeName());
        boolean batched = input.layout().dim() == 2;
        int n = batched ? input.layout().size(0) : 1, classes = input.layout().size(batched ? 1 : 0);
        if (batched && target.numel() != n) throw new torchtrek.errors.ValueError("Expected input batch_size (" + n
            + ") to match target batch_size (" + target.numel() + ").");
        long[] t = target.toLongArray();
        int[] positions = new int[n];
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (t[i] == IGNORE_INDEX) continue;
            if (t[i] < 0 || t[i] >= classes) throw new torchtrek.errors.IndexError("Target " + t[i] + " is out of bounds.");
            positions[i] = i * classes + (int) t[i];
            weights[i] = 1;
            total++;
        }
        Tensor w = Creation.tensor(weights, Kwargs.dtype(input.dtype()));
        Tensor result;
        try (var off = GradMode.guard(false)) {
            Tensor losses = Positions.take(input, positions, new int[] {n}).neg().mul(w);
            switch (reduction) {
                case "mean": result = losses.sum().div(total); break;
                case "sum": result = losses.sum(); break;
                case "none": result = batched ? losses : losses.reshape(); break;
                default: throw new RuntimeError(reduction + " is not a valid value for reduction");
            }
        }
        if (History.needed(input)) {
            Tensor scale = w.neg().div(reduction.equals("mean") ? total : 1);
            History.record(new NllLossBackward0(input.layout().shape(), positions, scale), result, input);
        }
        return result;
    }

    /** Each sample's gradient goes to its target's log-probability, scaled by -weight (and 1/total weight for mean). */
    static final class NllLossBackward0 extends Node {
        private final int[] inputShape;
        private final int[] positions;
        private final Tensor scale;

        NllLossBackward0(int[] inputShape, int[] positions, Tensor scale) {
            this.inputShape = inputShape;
            this.positions = positions;
            this.scale = scale;
        }

        @Override public String name() { return "NllLossBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor perSample = g[0].reshape(-1).mul(scale);
            return new Tensor[] {Positions.put(perSample, positions, inputShape)};
        }
    }
}
