var x = torch.tensor(new long[][] {{3, 4}, {5, 6}});
var z = torch.zeros(2, 2);
    System.out.println(z);
