// expect: torch.randn draws from a normal distribution
var t = torch.randn(4, 4);
