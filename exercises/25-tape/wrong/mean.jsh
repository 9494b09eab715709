// expect: `s` has the right shape and dtype, but not the values
var a = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var c = a.mul(2).add(1);
var s = c.mean();
var last = s.grad_fn().name();
