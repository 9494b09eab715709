var a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
var t = torch.zeros(3, 3);
    var back = a;
