var x = torch.tensor(3.0, requires_grad(true));
var y = x.pow(2).add(x.mul(2));
y.backward();
System.out.println(x.grad());
