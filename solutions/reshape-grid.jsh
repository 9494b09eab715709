var x = torch.arange(12).reshape(2, 6);
var y = x.reshape(3, 4);
    System.out.println(y);
