// expect: not implemented for
// rand_like copies x's int64 dtype, which cannot hold random decimals.
var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var r = torch.rand_like(x);
