var x = torch.ones(3, requires_grad(true));
var tracked = x.mul(2);
    var untracked = x.mul(2);
    var detached = tracked;
