// expect: the exercise asks for random numbers
var t = torch.full(new long[] {4, 4}, 0.5);
