// expect: has dtype torch.float32 but the exercise asks for torch.float64
var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var r = torch.rand(2, 2);
