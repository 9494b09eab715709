var a = torch.ones(5, 5);
var twos = torch.full_like(a, 2);
    System.out.println(twos);
