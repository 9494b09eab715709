var a = torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
var c = a;
    var s = c;
    var last = "";
