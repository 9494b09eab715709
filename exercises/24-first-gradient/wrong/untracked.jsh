// expect: create the input with requires_grad(true)
var x = torch.tensor(3.0);
var y = x.pow(2).add(x.mul(2));
y.backward();
