// expect: `x.grad()` is null: call backward()
var x = torch.tensor(3.0, requires_grad(true));
var y = x.pow(2).add(x.mul(2));
