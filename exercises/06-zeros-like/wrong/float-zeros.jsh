// expect: has dtype torch.float32 but the exercise asks for torch.int64
var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var z = torch.zeros(2, 2);
