// expect: every sign is flipped
var a = torch.tensor(new double[][] {{5, 7}, {9, 11}, {13, 15}});
var b = torch.tensor(new double[][] {{1, 2}, {3, 4}, {5, 6}});
var d1 = a.sub(b);
var d2 = torch.sub(b, a);
var d3 = torch.empty(3, 2);
torch.sub(a, b, out(d3));
var d4 = a.clone();
d4.sub_(b);
