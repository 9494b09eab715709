var t = torch.rand(5, 5);
var d = torch.int64;
System.out.println(d);
