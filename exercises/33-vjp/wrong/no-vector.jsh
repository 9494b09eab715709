// expect: pass backward(v) a tensor of the result's shape
var x = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var y = x.pow(2).mul(2);
y.backward();
