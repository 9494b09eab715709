var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var r = torch.rand_like(x, dtype(torch.float64));
    System.out.println(r);
