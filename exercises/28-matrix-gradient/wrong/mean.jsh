// expect: is not the gradient the exercise asks for
var X = torch.tensor(new double[][] {{1, 2}, {3, 4}}, requires_grad(true));
var f = X.pow(2).mul(3).mean();
f.backward();
var byHand = X.detach().mul(6);
boolean agree = torch.allclose(X.grad(), byHand);
