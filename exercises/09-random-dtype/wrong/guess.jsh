// expect: `d` is torch.float64, which is not what the exercise asks for
var t = torch.rand(5, 5);
var d = torch.float64;
