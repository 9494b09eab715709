"""Autograd as a student sees it: grad_fn names and next_functions (grad-fn-names.md with the 2.x
rows), gradient values of simple expressions, and the error messages (pytorch-facts.md section 8)."""
from golden import Suite

SUITE = Suite("autograd", "grad_fn names, next_functions, gradients and autograd's messages")
s = SUITE

s.setup("torch.manual_seed(0)", "torch.manual_seed(0);")
s.setup("x = torch.randn(2, 3, requires_grad=True); y = torch.randn(2, 3, requires_grad=True)",
        "var x = torch.randn(2, 3, requires_grad(true)); var y = torch.randn(2, 3, requires_grad(true));")
s.setup("m = torch.randn(3, 4, requires_grad=True); v = torch.randn(3, requires_grad=True); b = torch.randn(5, 2, 3, requires_grad=True)",
        "var m = torch.randn(3, 4, requires_grad(true)); var v = torch.randn(3, requires_grad(true)); var b = torch.randn(5, 2, 3, requires_grad(true));")
s.setup("b2 = torch.randn(5, 3, 4, requires_grad=True); sq = torch.randn(3, 3, requires_grad=True); s0 = torch.tensor(2., requires_grad=True)",
        "var b2 = torch.randn(5, 3, 4, requires_grad(true)); var sq = torch.randn(3, 3, requires_grad(true)); var s0 = torch.tensor(2., requires_grad(true));")
# type names, as grad-fn-names.md lists them (Python's AccumulateGrad.name() is 'torch::autograd::AccumulateGrad')
s.setup("def names(t): return None if t.grad_fn is None else (type(t.grad_fn).__name__, [None if f is None else type(f).__name__ for f, _ in t.grad_fn.next_functions])",
        "Object names(Tensor t) { if (t.grad_fn() == null) return null; List<Object> next = new ArrayList<>(); "
        "for (Tuple<Object> e : t.grad_fn().next_functions()) next.add(e.get(0) == null ? null : ((torchtrek.autograd.Node) e.get(0)).name()); "
        "return Tuple.of(t.grad_fn().name(), next); }")

s.section("grad_fn names and their next_functions (grad-fn-names.md, 2.x)")
FULL_SLICE = "2.x skips a full ':' among other indices (pytorch-2x-differences.md)"
for py, java, py2x in [
    ("x + y", "x.add(y)", None), ("x + 2", "x.add(2)", None), ("2 + x", "x.add(2)", None), ("x - y", "x.sub(y)", None),
    ("x - 2", "x.sub(2)", None), ("2 - x", "x.rsub(2)", None), ("x * y", "x.mul(y)", None), ("x * 2", "x.mul(2)", None),
    ("x / y", "x.div(y)", None), ("x / 2", "x.div(2)", None), ("2 / x", "x.rdiv(2)", None), ("x ** 2", "x.pow(2)", None),
    ("x ** y", "x.pow(y)", None), ("2 ** x", "x.rpow(2)", None), ("torch.pow(2, x)", "torch.pow(2, x)", None), ("-x", "x.neg()", None),
    ("x.abs()", "x.abs()", None), ("x.exp()", "x.exp()", None), ("x.log()", "x.log()", None), ("x.sqrt()", "x.sqrt()", None),
    ("x.sin()", "x.sin()", None), ("x.cos()", "x.cos()", None), ("x.tanh()", "x.tanh()", None), ("x.sigmoid()", "x.sigmoid()", None),
    ("x.relu()", "x.relu()", None), ("torch.relu(x)", "torch.relu(x)", None), ("x.clamp(0, 1)", "x.clamp(0, 1)", None),
    ("x.clamp(min=0)", "x.clamp(min(0))", None),
    ("x.sum()", "x.sum()", None), ("x.sum(0)", "x.sum(0)", None), ("x.sum(dim=1, keepdim=True)", "x.sum(dim(1), keepdim(true))", None),
    ("x.mean()", "x.mean()", None), ("x.mean(0)", "x.mean(0)", None), ("x.mean(1)", "x.mean(1)", None), ("x.max()", "x.max()", None),
    ("x.max(0)[0]", "x.max(0).get(0)", None), ("x.max(0).values", "x.max(0).values()", None), ("x.min()", "x.min()", None),
    ("x.min(1)[0]", "x.min(1).get(0)", None), ("x.prod()", "x.prod()", None), ("x.std()", "x.std()", None), ("x.var()", "x.var()", None),
    ("x.norm()", "x.norm()", None), ("x @ m", "x.matmul(m)", None), ("x.mm(m)", "x.mm(m)", None), ("x.matmul(m)", "x.matmul(m)", None),
    ("m.t() @ v", "m.t().matmul(v)", None), ("m.t().mv(v)", "m.t().mv(v)", None), ("v @ v", "v.matmul(v)", None), ("v.dot(v)", "v.dot(v)", None),
    ("b.bmm(b2)", "b.bmm(b2)", None), ("b @ b2", "b.matmul(b2)", None), ("b @ m", "b.matmul(m)", None),
    ("b.bmm(m.expand(5, 3, 4))", "b.bmm(m.expand(5, 3, 4))", None),
    ("x.view(6)", "x.view(6)", None), ("x.view(3, 2)", "x.view(3, 2)", None), ("x.reshape(6)", "x.reshape(6)", None),
    ("x.reshape(3, 2)", "x.reshape(3, 2)", None), ("x.t().reshape(6)", "x.t().reshape(6)", None), ("x.flatten()", "x.flatten()", None),
    ("x.unsqueeze(0)", "x.unsqueeze(0)", None), ("x.squeeze()", "x.squeeze()", None), ("x.unsqueeze(0).squeeze()", "x.unsqueeze(0).squeeze()", None),
    ("x.unsqueeze(0).squeeze(0)", "x.unsqueeze(0).squeeze(0)", None), ("x.t()", "x.t()", None), ("x.T", "x.T()", None),
    ("x.transpose(0, 1)", "x.transpose(0, 1)", None), ("x.permute(1, 0)", "x.permute(1, 0)", None),
    ("x.expand(4, 2, 3)", "x.expand(4, 2, 3)", None), ("x[0]", "x.get(0)", None),
    ("x[:, 1]", "x.get(\":, 1\")", "x.select(1, 1)"), ("x[:, 0:2]", "x.get(\":, 0:2\")", "x.narrow(1, 0, 2)"),
    ("x[0:1]", "x.get(\"0:1\")", None), ("x[:]", "x.get(\":\")", None), ("x[x > 0.5]", "x.get(x.gt(0.5))", None),
    ("x[[0, 1]]", "x.get(\"[0, 1]\")", None), ("x[x > 0]", "x.get(x.gt(0))", None), ("x.narrow(1, 0, 2)", "x.narrow(1, 0, 2)", None),
    ("torch.cat([x, y])", "torch.cat(x, y)", None), ("torch.stack([x, y])", "torch.stack(x, y)", None), ("x.clone()", "x.clone()", None),
    ("x.float()", "x.Float()", None), ("x.double()", "x.Double()", None), ("x.to(torch.float64)", "x.to(torch.float64)", None),
    ("x.contiguous()", "x.contiguous()", None), ("x.t().contiguous()", "x.t().contiguous()", None),
    ("torch.where(x > 0.5, x, y)", "torch.where(x.gt(0.5), x, y)", None), ("torch.where(x > 0, x, y)", "torch.where(x.gt(0), x, y)", None),
    ("x.exp().sum()", "x.exp().sum()", None), ("sq.trace()", "sq.trace()", None), ("x.softmax(1)", "x.softmax(1)", None),
    ("x.log_softmax(1)", "x.log_softmax(1)", None), ("torch.nn.functional.mse_loss(x, y)", "torch.nn.functional.mse_loss(x, y)", None),
    ("x.detach() * s0", "x.detach().mul(s0)", None), ("s0 * s0", "s0.mul(s0)", None), ("s0 ** 3", "s0.pow(3)", None),
    ("x.neg()", "x.neg()", None), ("x.reciprocal()", "x.reciprocal()", None), ("x.pow(3)", "x.pow(3)", None), ("x.square()", "x.square()", None),
    ("x.sum() / 6", "x.sum().div(6)", None), ("x.detach()", "x.detach()", None), ("x.masked_fill(x > 0, 0.)", "x.masked_fill(x.gt(0), 0.)", None),
    ("x.diagonal()", "x.diagonal()", None), ("x.select(1, 2)", "x.select(1, 2)", None), ("x.flip(0)", "x.flip(0)", None),
    ("x.repeat(2, 1)", "x.repeat(2, 1)", None), ("x.index_select(1, torch.tensor([0, 2]))", "x.index_select(1, torch.tensor(new int[] {0, 2}))", None),
    ("x.gather(1, torch.tensor([[0], [1]]))", "x.gather(1, torch.tensor(new int[][] {{0}, {1}}))", None),
    ("torch.maximum(x, y)", "torch.maximum(x, y)", None), ("x.amax(1)", "x.amax(1)", None), ("x.logsumexp(1)", "x.logsumexp(1)", None),
    ("x.cumsum(1)", "x.cumsum(1)", None), ("x.log1p()", "x.log1p()", None), ("x.atan2(y)", "x.atan2(y)", None),
    ("x.unflatten(1, (3, 1))", "x.unflatten(1, 3, 1)", None), ("x.movedim(0, 1)", "x.movedim(0, 1)", None), ("x.mT", "x.mT()", None),
    ("torch.outer(v, v)", "torch.outer(v, v)", None), ("x.erf()", "x.erf()", None), ("x.floor()", "x.floor()", None),
]:
    s.case(f"names({py})", f"names({java})", None if py2x is None else f"names({py2x})")
s.cases([
    ("x.split(2, 1)[1].grad_fn.name()", "x.split(2, 1).get(1).grad_fn().name()"),
    ("x.unbind()[0].grad_fn.name()", "x.unbind().get(0).grad_fn().name()"),
    ("x.chunk(3, 1)[2].grad_fn.name()", "x.chunk(3, 1).get(2).grad_fn().name()"),
    ("w = x + 2; w.add_(1); names(w)", "var w = x.add(2); w.add_(1); names(w)"),
    ("w = x * 1; w.mul_(2); names(w)", "var w = x.mul(1); w.mul_(2); names(w)"),
    ("w = x * 1; w[0] = 5; names(w)", "var w = x.mul(1); w.set(\"0\", 5); names(w)"),
    ("w = x * 1; w.zero_(); names(w)", "var w = x.mul(1); w.zero_(); names(w)"),
])

s.section("printing grad_fn and next_functions (addresses written as 0x...)")
s.setup("a = torch.tensor([1., 2.], requires_grad=True); bb = torch.tensor([3., 4.], requires_grad=True); out = (a * bb + a).sum()",
        "var a = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var bb = torch.tensor(new double[] {3., 4.}, requires_grad(true)); "
        "var out = a.mul(bb).add(a).sum();")
s.cases([
    ("out.grad_fn", "out.grad_fn()"),
    ("out.grad_fn.next_functions", "out.grad_fn().next_functions()"),
    ("out.grad_fn.next_functions[0][0].next_functions", "((torchtrek.autograd.Node) out.grad_fn().next_functions().get(0).get(0)).next_functions()"),
    ("(a + 2).grad_fn.next_functions, out.grad_fn.name()", "Tuple.of(a.add(2).grad_fn().next_functions(), out.grad_fn().name())"),
    ("a.grad_fn, a.is_leaf, out.is_leaf, out.requires_grad", "Tuple.of(a.grad_fn(), a.is_leaf(), out.is_leaf(), out.requires_grad())"),
    ("out", "out"),
    ("a * bb", "a.mul(bb)"),
    ("(a * 2).sum(0)", "a.mul(2).sum(0)"),
])

s.section("gradient values")
s.cases([
    ("t = torch.tensor(2.0, requires_grad=True); (t ** 2 + 3 * t + 5).backward(); t.grad",
     "var t = torch.tensor(2.0, requires_grad(true)); t.pow(2).add(t.mul(3)).add(5).backward(); t.grad()"),
    ("t = torch.tensor(4.0, requires_grad=True); (3 * t ** 2).backward(); t.grad",
     "var t = torch.tensor(4.0, requires_grad(true)); t.pow(2).mul(3).backward(); t.grad()"),
    ("t = torch.tensor(2.0, requires_grad=True); (3 * t ** 3 + 2 * t ** 2 - 4 * t + 5).backward(); t.grad",
     "var t = torch.tensor(2.0, requires_grad(true)); t.pow(3).mul(3).add(t.pow(2).mul(2)).sub(t.mul(4)).add(5).backward(); t.grad()"),
    ("t = torch.ones(2, 2, requires_grad=True); o = ((t + 2) * (t + 2) * 3).mean(); o.backward(); o, t.grad",
     "var t = torch.ones(2, 2, requires_grad(true)); var o = t.add(2).mul(t.add(2)).mul(3).mean(); o.backward(); Tuple.of(o, t.grad())"),
    ("t = torch.tensor([1., 2., 3.], requires_grad=True); (t * t).sum().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2., 3.}, requires_grad(true)); t.mul(t).sum().backward(); t.grad()"),
    ("t = torch.tensor([1., 2.], requires_grad=True); (t * t).backward(gradient=torch.tensor([1., 0.1])); t.grad",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.mul(t).backward(gradient(torch.tensor(new double[] {1., 0.1}))); t.grad()"),
    ("t = torch.ones(3, requires_grad=True); (t * 2).backward(torch.ones(3)); t.grad",
     "var t = torch.ones(3, requires_grad(true)); t.mul(2).backward(torch.ones(3)); t.grad()"),
    ("p = torch.tensor([1., 2.], requires_grad=True); q = torch.tensor([3., 4.], requires_grad=True); (q + p * 2).mean().backward(); p.grad, q.grad",
     "var p = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var q = torch.tensor(new double[] {3., 4.}, requires_grad(true)); q.add(p.mul(2)).mean().backward(); Tuple.of(p.grad(), q.grad())"),
    ("t = torch.tensor(3.0, requires_grad=True); (t ** 2).backward(); g1 = t.grad.clone(); (t ** 3).backward(); g1, t.grad",
     "var t = torch.tensor(3.0, requires_grad(true)); t.pow(2).backward(); var g1 = t.grad().clone(); t.pow(3).backward(); Tuple.of(g1, t.grad())"),
    ("t = torch.tensor(3.0, requires_grad=True); (t ** 2).backward(); t.grad.zero_(); (t ** 3).backward(); t.grad",
     "var t = torch.tensor(3.0, requires_grad(true)); t.pow(2).backward(); t.grad().zero_(); t.pow(3).backward(); t.grad()"),
    ("t = torch.arange(6., requires_grad=True); t.view(2, 3).t().sum(0).pow(2).sum().backward(); t.grad",
     "var t = torch.arange(6., requires_grad(true)); t.view(2, 3).t().sum(0).pow(2).sum().backward(); t.grad()"),
    ("t = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True); (t @ t).sum().backward(); t.grad",
     "var t = torch.tensor(new double[][] {{1., 2.}, {3., 4.}}, requires_grad(true)); t.matmul(t).sum().backward(); t.grad()"),
    ("t = torch.tensor([0.5, -1., 2.], requires_grad=True); (t.sigmoid() + t.tanh() + t.relu() + t.exp()).sum().backward(); t.grad",
     "var t = torch.tensor(new double[] {0.5, -1., 2.}, requires_grad(true)); t.sigmoid().add(t.tanh()).add(t.relu()).add(t.exp()).sum().backward(); t.grad()"),
    ("t = torch.tensor([1., 5., 3.], requires_grad=True); t.max().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 5., 3.}, requires_grad(true)); t.max().backward(); t.grad()"),
    ("t = torch.tensor([1., 5., 5.], requires_grad=True); t.max().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 5., 5.}, requires_grad(true)); t.max().backward(); t.grad()"),
    ("t = torch.tensor([[1., 5.], [7., 3.]], requires_grad=True); t.max(1).values.sum().backward(); t.grad",
     "var t = torch.tensor(new double[][] {{1., 5.}, {7., 3.}}, requires_grad(true)); t.max(1).values().sum().backward(); t.grad()"),
    ("t = torch.tensor([4., 9.], requires_grad=True); (t.sqrt() + t.log()).sum().backward(); t.grad",
     "var t = torch.tensor(new double[] {4., 9.}, requires_grad(true)); t.sqrt().add(t.log()).sum().backward(); t.grad()"),
    ("t = torch.tensor([1., 2., 3.], requires_grad=True); t.std().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2., 3.}, requires_grad(true)); t.std().backward(); t.grad()"),
    ("t = torch.tensor([3., 4.], requires_grad=True); t.norm().backward(); t.grad",
     "var t = torch.tensor(new double[] {3., 4.}, requires_grad(true)); t.norm().backward(); t.grad()"),
    ("t = torch.tensor([1., 2., 3.], requires_grad=True); t.softmax(0)[0].backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2., 3.}, requires_grad(true)); t.softmax(0).get(0).backward(); t.grad()"),
    ("t = torch.tensor([1., 2., 3.], requires_grad=True); t[[0, 0, 2]].sum().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2., 3.}, requires_grad(true)); t.get(\"[0, 0, 2]\").sum().backward(); t.grad()"),
    ("t = torch.tensor([1., -2., 3.], requires_grad=True); t.abs().sum().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., -2., 3.}, requires_grad(true)); t.abs().sum().backward(); t.grad()"),
    ("t = torch.tensor([1., 2.], requires_grad=True); (t / t.sum()).prod().backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.div(t.sum()).prod().backward(); t.grad()"),
    ("W = torch.ones(2, 3, requires_grad=True); xb = torch.arange(6.).reshape(2, 3); bias = torch.zeros(2, requires_grad=True); (xb @ W.T + bias).sum().backward(); W.grad, bias.grad",
     "var W = torch.ones(2, 3, requires_grad(true)); var xb = torch.arange(6.).reshape(2, 3); var bias = torch.zeros(2, requires_grad(true)); xb.matmul(W.T()).add(bias).sum().backward(); Tuple.of(W.grad(), bias.grad())"),
    ("t = torch.tensor(2., requires_grad=True); (g,) = torch.autograd.grad(t ** 3, t, create_graph=True); g",
     "var t = torch.tensor(2., requires_grad(true)); var g = torch.autograd.grad(t.pow(3), t, create_graph(true)).get(0); g"),
    ("t = torch.tensor(2., requires_grad=True); (g,) = torch.autograd.grad(t ** 3, t, create_graph=True); torch.autograd.grad(g, t)",
     "var t = torch.tensor(2., requires_grad(true)); var g = torch.autograd.grad(t.pow(3), t, create_graph(true)).get(0); torch.autograd.grad(g, t)"),
    ("t = torch.tensor(2., requires_grad=True); torch.autograd.grad(t * 2, t)",
     "var t = torch.tensor(2., requires_grad(true)); torch.autograd.grad(t.mul(2), t)"),
    ("torch.autograd.functional.jacobian(lambda t: t ** 2 + t.sum(), torch.tensor([1., 2.]))",
     "torch.autograd.functional.jacobian(t -> t.pow(2).add(t.sum()), torch.tensor(new double[] {1., 2.}))"),
    ("torch.autograd.functional.hessian(lambda t: (t ** 3).sum(), torch.tensor([1., 2.]))",
     "torch.autograd.functional.hessian(t -> t.pow(3).sum(), torch.tensor(new double[] {1., 2.}))"),
    ("torch.autograd.functional.vjp(lambda t: t ** 2 + t.sum(), torch.tensor([1., 2.]), torch.tensor([1., 1.]))",
     "torch.autograd.functional.vjp(t -> t.pow(2).add(t.sum()), torch.tensor(new double[] {1., 2.}), torch.tensor(new double[] {1., 1.}))"),
    ("torch.autograd.functional.jvp(lambda t: t ** 2 + t.sum(), torch.tensor([1., 2.]), torch.tensor([1., 0.]))",
     "torch.autograd.functional.jvp(t -> t.pow(2).add(t.sum()), torch.tensor(new double[] {1., 2.}), torch.tensor(new double[] {1., 0.}))"),
])

s.section("grad modes, detach, requires_grad_")
s.setup("g0 = torch.tensor([1., 2.], requires_grad=True); r = None", "var g0 = torch.tensor(new double[] {1., 2.}, requires_grad(true)); Tensor r = null;")
s.cases([
    ("with torch.no_grad(): r = g0 * 2\nr.requires_grad, r.grad_fn, torch.is_grad_enabled()" if False else
     "torch.is_grad_enabled(), g0.detach().requires_grad, g0.detach().is_leaf", "Tuple.of(torch.is_grad_enabled(), g0.detach().requires_grad(), g0.detach().is_leaf())"),
    ("(g0 * 2).requires_grad_(False)", "g0.mul(2).requires_grad_(false)"),
    ("(g0 * 2).detach().requires_grad_(True).is_leaf", "g0.mul(2).detach().requires_grad_(true).is_leaf()"),
    ("t = torch.ones(2); t.requires_grad_(); t", "var t = torch.ones(2); t.requires_grad_(); t"),
    ("g0.detach() is g0, g0.detach().data_ptr() == g0.data_ptr()", "Tuple.of(g0.detach() == g0, g0.detach().data_ptr() == g0.data_ptr())"),
    ("(g0 * 2).grad", "g0.mul(2).grad()"),
    ("with torch.no_grad(): r = g0 * 2", "try (var g = torch.no_grad()) { r = g0.mul(2); }"),
    ("r.requires_grad, r.grad_fn, torch.is_grad_enabled()", "Tuple.of(r.requires_grad(), r.grad_fn(), torch.is_grad_enabled())"),
    ("with torch.no_grad():\n    with torch.enable_grad(): r = g0 * 2" if False else "with torch.set_grad_enabled(False): r = g0 * 2",
     "try (var g = torch.set_grad_enabled(false)) { r = g0.mul(2); }"),
    ("r.requires_grad", "r.requires_grad()"),
    ("w = g0 * 2; w.retain_grad(); w.sum().backward(); w.grad, g0.grad", "var w = g0.mul(2); w.retain_grad(); w.sum().backward(); Tuple.of(w.grad(), g0.grad())"),
])

s.section("autograd's errors")
s.cases([
    ("t = torch.tensor([1., 2.], requires_grad=True); (t * 2).backward()", "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.mul(2).backward();"),
    ("t = torch.tensor([1., 2.], requires_grad=True); (t * 2).backward(torch.ones(3))", "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.mul(2).backward(torch.ones(3));"),
    ("t = torch.tensor([1., 2.], requires_grad=True); t.add_(1)", "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.add_(1);"),
    ("t = torch.tensor([1., 2.], requires_grad=True); t[0] = 5", "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.set(\"0\", 5);"),
    ("t = torch.tensor([1., 2.], requires_grad=True); t.view(2).mul_(2)", "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); t.view(2).mul_(2);"),
    ("t = torch.tensor([1., 2.], requires_grad=True); z = (t * t).sum(); z.backward(); z.backward()",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var z = t.mul(t).sum(); z.backward(); z.backward();"),
    ("t = torch.tensor([1., 2.], requires_grad=True); z = (t * 2).sum(); z.backward(); z.backward(); t.grad",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var z = t.mul(2).sum(); z.backward(); z.backward(); t.grad()"),
    ("t = torch.tensor(2., requires_grad=True); r = t ** 3; _ = torch.autograd.grad(r, t); torch.autograd.grad(r, t)",
     "var t = torch.tensor(2., requires_grad(true)); var r = t.pow(3); torch.autograd.grad(r, t); torch.autograd.grad(r, t)"),
    ("t = torch.tensor([1., 2.], requires_grad=True); u = t.sigmoid(); u.mul_(2); u.sum().backward()",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var u = t.sigmoid(); u.mul_(2); u.sum().backward();"),
    ("t = torch.tensor([1., 2.], requires_grad=True); u = t * 1; c = u * u; u.add_(1); c.sum().backward()",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var u = t.mul(1); var c = u.mul(u); u.add_(1); c.sum().backward();"),
    ("t = torch.tensor([1., 2.], requires_grad=True); u = t.exp(); u[0] = 0; u.sum().backward()",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var u = t.exp(); u.set(\"0\", 0); u.sum().backward();"),
    ("t = torch.tensor([1., 2.], requires_grad=True); u = t * 1; u.add_(1); u, u._version, t._version",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var u = t.mul(1); u.add_(1); Tuple.of(u, u._version(), t._version())"),
    ("t = torch.tensor([1., 2.], requires_grad=True); u = t * 2; u.grad",
     "var t = torch.tensor(new double[] {1., 2.}, requires_grad(true)); var u = t.mul(2); u.grad()"),
    ("t = torch.tensor(1., requires_grad=True); torch.autograd.grad(t * 2, torch.tensor(1., requires_grad=True))",
     "var t = torch.tensor(1., requires_grad(true)); torch.autograd.grad(t.mul(2), torch.tensor(1., requires_grad(true)))"),
    ("t = torch.tensor(1., requires_grad=True); torch.autograd.grad(t * 2, torch.tensor(1., requires_grad=True), allow_unused=True)",
     "var t = torch.tensor(1., requires_grad(true)); torch.autograd.grad(t.mul(2), torch.tensor(1., requires_grad(true)), allow_unused(true))"),
    ("torch.autograd.grad(torch.ones(2).sum(), torch.ones(2))", "torch.autograd.grad(torch.ones(2).sum(), torch.ones(2))"),
    ("torch.ones(2, requires_grad=True).numpy()", "torch.ones(2, requires_grad(true)).numpy()"),
    ("torch.ones(2, requires_grad=True).tolist()", "torch.ones(2, requires_grad(true)).tolist()"),
    ("torch.ones(2, requires_grad=True)[0].item()", "torch.ones(2, requires_grad(true)).get(0).item()"),
])
