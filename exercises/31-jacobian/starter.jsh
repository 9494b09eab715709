var x = torch.tensor(new double[] {2, 3});
var J = torch.zeros(2, 2);
