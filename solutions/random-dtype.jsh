var t = torch.rand(5, 5);
var d = t.dtype();
System.out.println(d);
