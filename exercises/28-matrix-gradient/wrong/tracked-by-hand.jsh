// expect: `byHand` still requires grad
var X = torch.tensor(new double[][] {{1, 2}, {3, 4}}, requires_grad(true));
var f = X.pow(2).mul(3).sum();
f.backward();
var byHand = X.mul(6);
boolean agree = torch.allclose(X.grad(), byHand);
