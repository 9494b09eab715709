var a = torch.ones(5, 5);
var twos = a;
    System.out.println(twos);
