var x = torch.arange(24).reshape(2, 3, 4);
var flat = x;
    System.out.println(flat.shape());
