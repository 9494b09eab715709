// expect: has dtype torch.int64 but the exercise asks for torch.float32
var t = torch.full(new long[] {3, 3}, 7);
