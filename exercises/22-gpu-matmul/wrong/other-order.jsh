// expect: has shape (3, 3) but the exercise asks for (2, 2)
var a = torch.tensor(new double[][] {{1, 2, 3}, {4, 5, 6}});
var b = torch.tensor(new double[][] {{1, 0}, {0, 1}, {1, 1}});
var result = b.matmul(a).cpu();
