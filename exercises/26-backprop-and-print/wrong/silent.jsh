// expect: Your output does not show `w.grad()`
var w = torch.tensor(new double[][] {{1, 2}, {3, 4}}, requires_grad(true));
var loss = w.mul(w).sum();
loss.backward();
