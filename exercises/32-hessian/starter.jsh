var x = torch.tensor(new double[] {1, 2});
var H = torch.eye(2);
