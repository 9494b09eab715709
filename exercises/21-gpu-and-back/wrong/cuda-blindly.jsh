// expect: there is no GPU here
var g = torch.ones(2, 3, device("cuda"));
var back = g.cpu();
