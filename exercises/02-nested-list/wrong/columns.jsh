// expect: is it transposed?
var t = torch.tensor(new long[][] {{10, 30}, {20, 40}});
