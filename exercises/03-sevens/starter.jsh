var t = torch.ones(3, 3);
System.out.println(t);
