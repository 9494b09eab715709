var X = torch.tensor(new double[][] {{1, 2}, {3, 4}}, requires_grad(true));
var f = X.pow(2).mul(3).sum();
    var byHand = X;
    boolean agree = false;
