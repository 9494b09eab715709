// expect: has shape (9,) but the exercise asks for (3, 3)
var t = torch.full(new long[] {9}, 5);
