var a = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var c = a.mul(2).add(1);
    var s = c.sum();
    System.out.println(c);
    System.out.println(s);
    var last = s.grad_fn().name();
