// expect: has no grad_fn
var a = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
Tensor c;
try (var off = torch.no_grad()) {
    c = a.mul(2).add(1);
}
var s = c.sum();
var last = "SumBackward0";
