// expect: must match the size of tensor b
var a = torch.tensor(new double[][] {{1, 2, 3}, {4, 5, 6}});
var b = torch.tensor(new double[][] {{1, 0}, {0, 1}, {1, 1}});
var result = a.mul(b).cpu();
