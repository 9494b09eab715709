// expect: has shape (4,) but the exercise asks for (2, 2)
var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var z = torch.zeros(4, dtype(torch.int64));
