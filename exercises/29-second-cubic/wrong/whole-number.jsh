// expect: make the tensor from decimals
var x = torch.tensor(2, requires_grad(true));
var y = x.pow(3).mul(5).add(x.mul(2));
y.backward();
double dydx = x.grad().item();
