var x = torch.arange(12).reshape(2, 6);
var y = x;
    System.out.println(y);
