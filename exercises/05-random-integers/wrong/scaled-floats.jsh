// expect: has dtype torch.float32 but the exercise asks for torch.int64
var t = torch.rand(4, 5).mul(10);
