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

    public static Tensor crossEntropy(Tensor input, Tensor target, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("cross_entropy", kw, "reduction");
        Tensor picked = input.log_softmax(1).gather(1, target.unsqueeze(1)).squeeze(1).neg();
        switch (p.string("reduction", "mean")) {
            case "mean": return picked.mean();
            case "sum": return picked.sum();
            default: return picked;
        }
    }
}
