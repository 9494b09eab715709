// expect: is it transposed?
var x = torch.tensor(new double[] {2, 3});
var J = torch.tensor(new double[][] {{3, 1}, {2, 6}});
