var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var r = x;
    System.out.println(r);
