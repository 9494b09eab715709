var t = torch.rand(4, 4);
System.out.println(t);
