// expect: make the tensor from decimals
var x = torch.tensor(3, requires_grad(true));
var y = x.pow(2).add(x.mul(2));
y.backward();
