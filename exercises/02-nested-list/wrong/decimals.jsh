// expect: has dtype torch.float32 but the exercise asks for torch.int64
// A double array makes a float32 tensor.
var t = torch.tensor(new double[][] {{10, 20}, {30, 40}});
