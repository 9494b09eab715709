// expect: `g` is 16.0, which is not the value the exercise asks for
var x = torch.tensor(2.0, requires_grad(true));
var y = x.pow(2).mul(3).add(x.pow(2).mul(2)).sub(x.mul(4)).add(5);
y.backward();
double g = x.grad().item();
