var x = torch.arange(24).reshape(2, 3, 4);
var flat = x.flatten();
    System.out.println(flat);
