// A 3x3 tensor of fives, dtype torch.int64.
var t = torch.zeros(3, 3);
System.out.println(t);
