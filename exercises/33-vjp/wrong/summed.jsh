// expect: is not the gradient the exercise asks for
var x = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var y = x.pow(2).mul(2);
y.sum().backward();
