var x = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var y = x.pow(2).mul(2);
    var v = torch.tensor(new double[] {1, 0.5, 0});
    y.backward(v);
    System.out.println(x.grad());
