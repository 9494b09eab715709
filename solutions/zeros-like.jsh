var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var z = torch.zeros_like(x);
    System.out.println(z);
