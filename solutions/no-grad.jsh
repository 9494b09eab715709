var x = torch.ones(3, requires_grad(true));
var tracked = x.mul(2);
    Tensor untracked;
    try (var off = torch.no_grad()) {
        untracked = x.mul(2);
    }
    var detached = tracked.detach();
    System.out.println(tracked.requires_grad());
    System.out.println(untracked.requires_grad());
    System.out.println(detached.requires_grad());
