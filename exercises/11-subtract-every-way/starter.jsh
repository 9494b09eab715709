var a = torch.tensor(new double[][] {{5, 7}, {9, 11}, {13, 15}});
var b = torch.tensor(new double[][] {{1, 2}, {3, 4}, {5, 6}});
var d1 = a;
    var d2 = a;
    var d3 = torch.empty(3, 2);
    var d4 = a.clone();
