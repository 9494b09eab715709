// expect: backward() with no argument needs a single number
var w = torch.tensor(new double[][] {{1, 2}, {3, 4}}, requires_grad(true));
var loss = w.mul(w);
loss.backward();
System.out.println(w.grad());
