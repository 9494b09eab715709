// [[10, 20], [30, 40]] as a tensor
var t = torch.zeros(2, 2);
System.out.println(t);
