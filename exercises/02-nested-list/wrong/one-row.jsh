// expect: has shape (4,) but the exercise asks for (2, 2)
var t = torch.tensor(new long[] {10, 20, 30, 40});
