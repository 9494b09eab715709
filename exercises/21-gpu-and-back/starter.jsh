var g = torch.zeros(2, 3);
var back = g;
