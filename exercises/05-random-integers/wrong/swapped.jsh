// expect: did you swap the sizes
var t = torch.randint(0, 10, new long[] {5, 4});
