// expect: has dtype torch.int64 but the exercise asks for torch.float32
var a = torch.ones(5, 5);
var twos = torch.full(new long[] {5, 5}, 2);
