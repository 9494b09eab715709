// expect: `dydx` is 60.0, which is not the value the exercise asks for
var x = torch.tensor(2.0, requires_grad(true));
var y = x.pow(3).mul(5).add(2);
y.backward();
double dydx = x.grad().item();
