package torchtrek.autograd;

import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.randn;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.torch;

/** Gradients through views, indexing, joining and splitting, copies and conversions. */
class ShapeGradTest {
    static List<Case> views() {
        return List.of(
            Case.unary("view(6)", x -> x.view(6), () -> randn(2, 3)),
            Case.unary("view(3, -1)", x -> x.view(3, -1), () -> randn(2, 3)),
            Case.unary("reshape(3, 2)", x -> x.reshape(3, 2), () -> randn(2, 3)),
            Case.unary("reshape of a transpose (copy)", x -> x.t().reshape(6), () -> randn(2, 3)),
            Case.unary("reshape non-contiguous", x -> x.reshape(-1), () -> noncontiguous(3, 4)),
            Case.unary("flatten", Tensor::flatten, () -> randn(2, 3, 2)),
            Case.unary("flatten(1)", x -> x.flatten(1), () -> randn(2, 3, 2)),
            Case.unary("unflatten", x -> x.unflatten(1, 2, 3), () -> randn(2, 6)),
            Case.unary("squeeze", Tensor::squeeze, () -> randn(2, 1, 3, 1)),
            Case.unary("squeeze(1)", x -> x.squeeze(1), () -> randn(2, 1, 3)),
            Case.unary("unsqueeze(0)", x -> x.unsqueeze(0), () -> randn(2, 3)),
            Case.unary("unsqueeze(-1)", x -> x.unsqueeze(-1), () -> randn(2, 3)),
            Case.unary("transpose(0, 2)", x -> x.transpose(0, 2), () -> randn(2, 3, 4)),
            Case.unary("t", Tensor::t, () -> randn(2, 3)),
            Case.unary("t of a vector", Tensor::t, () -> randn(3)),
            Case.unary("T", Tensor::T, () -> randn(2, 3)),
            Case.unary("mT", Tensor::mT, () -> randn(2, 3, 4)),
            Case.unary("permute(2, 0, 1)", x -> x.permute(2, 0, 1), () -> randn(2, 3, 4)),
            Case.unary("movedim", x -> x.movedim(0, 2), () -> randn(2, 3, 4)),
            Case.unary("expand(4, 2, 3)", x -> x.expand(4, 2, 3), () -> randn(2, 3)),
            Case.unary("expand(-1, 3)", x -> x.expand(-1, 3), () -> randn(2, 1)),
            Case.unary("expand_as then mul", x -> x.expand(3, 3).mul(torch.arange(9.0).view(3, 3).Double()), () -> randn(3)),
            Case.unary("broadcast_to", x -> x.broadcast_to(2, 4), () -> randn(4)),
            Case.unary("select(1, 2)", x -> x.select(1, 2), () -> randn(3, 4)),
            Case.unary("select(0, -1)", x -> x.select(0, -1), () -> randn(3, 4)),
            Case.unary("narrow(1, 1, 2)", x -> x.narrow(1, 1, 2), () -> randn(3, 4)),
            Case.unary("diagonal", Tensor::diagonal, () -> randn(3, 4)),
            Case.unary("diagonal(1, 0, 1)", x -> x.diagonal(1, 0, 1), () -> randn(3, 4)),
            Case.unary("view of a view of a view", x -> x.t().get("1:").reshape(-1).get(2), () -> randn(3, 4)),
            Case.unary("alias x[...]", x -> x.get("..."), () -> randn(2, 3)),
            Case.unary("repeat(2, 3)", x -> x.repeat(2, 3), () -> randn(2, 3)),
            Case.unary("repeat(2, 1, 2) adds a dim", x -> x.repeat(2, 1, 2), () -> randn(2, 3)),
            Case.unary("flip(0)", x -> x.flip(0), () -> randn(3, 4)),
            Case.unary("flip(0, 1)", x -> x.flip(0, 1), () -> randn(3, 4)),
            Case.unary("views of a non-contiguous leaf", x -> x.get(":, 1:").t().unsqueeze(0), () -> noncontiguous(3, 4)));
    }

    static List<Case> indexing() {
        Tensor rows = torch.tensor(new long[] {2, 0, 2});
        Tensor mask = torch.tensor(new boolean[] {true, false, true, true});
        return List.of(
            Case.unary("x[1]", x -> x.get(1), () -> randn(3, 4)),
            Case.unary("x[1, 2]", x -> x.get(1, 2), () -> randn(3, 4)),
            Case.unary("x[:, 1]", x -> x.get(":, 1"), () -> randn(3, 4)),
            Case.unary("x[1:, ::2]", x -> x.get("1:, ::2"), () -> randn(3, 4)),
            Case.unary("x[..., None]", x -> x.get("..., None"), () -> randn(3, 4)),
            Case.unary("x[-1, -3:]", x -> x.get("-1, -3:"), () -> randn(3, 4)),
            Case.unary("x[[2, 0, 2]] (repeated rows add up)", x -> x.get(rows), () -> randn(3, 4)),
            Case.unary("x[:, [0, 3]]", x -> x.get(":, [0, 3]"), () -> randn(3, 4)),
            Case.unary("x[[0, 1], [1, 2]]", x -> x.get("[0, 1], [1, 2]"), () -> randn(3, 4)),
            Case.unary("x[1, [0, 2]]", x -> x.get("1, [0, 2]"), () -> randn(3, 4)),
            Case.unary("x[[0, 2], :, [1, 0]] (separated index dims)", x -> x.get("[0, 1], :, [1, 0]"), () -> randn(2, 3, 2)),
            Case.unary("x[mask]", x -> x.get(x.gt(0L)), () -> randn(3, 4)),
            Case.unary("x[:, mask]", x -> x.get(":", mask), () -> randn(3, 4)),
            Case.unary("x[2-D mask]", x -> x.get(x.lt(0.5)), () -> randn(3, 4)),
            Case.unary("advanced index of a non-contiguous leaf", x -> x.get(rows), () -> noncontiguous(3, 4)),
            Case.unary("index_select(1)", x -> x.index_select(1, torch.tensor(new long[] {3, 1, 3})), () -> randn(3, 4)),
            Case.unary("gather(1)", x -> x.gather(1, torch.tensor(new long[][] {{0, 0}, {3, 1}, {2, 2}})), () -> randn(3, 4)),
            Case.unary("take", x -> x.take(torch.tensor(new long[] {0, 11, 5, 5})), () -> randn(3, 4)),
            Case.unary("take of a non-contiguous leaf", x -> x.take(torch.tensor(new long[] {1, 4})), () -> noncontiguous(3, 4)),
            Case.unary("masked_select", x -> x.masked_select(x.gt(0L)), () -> randn(3, 4)),
            Case.unary("masked_select broadcast", x -> x.masked_select(torch.tensor(new boolean[][] {{true}, {false}})),
                () -> randn(4)));
    }

    static List<Case> joining() {
        return List.of(
            Case.of("cat(0)", x -> torch.cat(List.of(x[0], x[1]), 0), () -> new Tensor[] {randn(2, 3), randn(1, 3)}),
            Case.of("cat(1)", x -> torch.cat(List.of(x[0], x[1], x[0]), 1), () -> new Tensor[] {randn(2, 3), randn(2, 1)}),
            Case.of("cat with a constant", x -> torch.cat(List.of(x[0], torch.ones(2, 3).Double()), 0), () -> new Tensor[] {randn(2, 3)}),
            Case.of("stack(0)", x -> torch.stack(List.of(x[0], x[1]), 0), () -> new Tensor[] {randn(2, 3), randn(2, 3)}),
            Case.of("stack(-1)", x -> torch.stack(List.of(x[0], x[1]), -1), () -> new Tensor[] {randn(2, 3), randn(2, 3)}),
            Case.unary("split(2) first piece", x -> x.split(2).get(0), () -> randn(5, 2)),
            Case.unary("split(2, 1) last piece", x -> x.split(2, 1).get(1), () -> randn(2, 3)),
            Case.unary("split pieces recombined", x -> {
                List<Tensor> p = x.split(2);
                return p.get(0).sum().mul(p.get(2).sum()).add(p.get(1).mul(3).sum());
            }, () -> randn(5, 2)),
            Case.unary("chunk(3, 1)", x -> x.chunk(3, 1).get(1), () -> randn(2, 6)),
            Case.unary("unbind", x -> x.unbind().get(1), () -> randn(3, 2)),
            Case.unary("unbind(1) all pieces", x -> torch.stack(x.unbind(1), 0), () -> randn(3, 2)),
            Case.of("where", x -> torch.where(x[0].gt(x[1]), x[0], x[1]), () -> new Tensor[] {randn(2, 3), randn(3)}));
    }

    static List<Case> copies() {
        return List.of(
            Case.unary("clone", Tensor::clone, () -> randn(2, 3)),
            Case.unary("contiguous of a transpose", x -> x.t().contiguous(), () -> randn(2, 3)),
            Case.unary("contiguous of a non-contiguous leaf", Tensor::contiguous, () -> noncontiguous(3, 2)),
            Case.unary("to(float64) of float64 (no copy)", x -> x.to(torch.float64), () -> randn(2, 3)),
            Case.unary("to(float64, copy=True)", x -> x.to(torch.float64, torchtrek.Kwargs.copy(true)), () -> randn(2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"views", "indexing", "joining", "copies"})
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"views", "indexing", "joining", "copies"})
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
