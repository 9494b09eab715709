// expect: has dtype torch.float32 but the exercise asks for torch.int64
// 5.0 is a floating-point number, so the tensor is float32.
var t = torch.full(new long[] {3, 3}, 5.0);
