var x = torch.tensor(2.0, requires_grad(true));
var y = x;
    double g = 0;
