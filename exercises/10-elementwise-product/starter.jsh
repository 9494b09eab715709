var a = torch.tensor(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
var b = torch.tensor(new double[][] {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}});
var p = a;
    System.out.println(p);
