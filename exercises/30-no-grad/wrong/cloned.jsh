// expect: `detached` still requires grad
var x = torch.ones(3, requires_grad(true));
var tracked = x.mul(2);
Tensor untracked;
try (var off = torch.no_grad()) {
    untracked = x.mul(2);
}
var detached = tracked.clone();
