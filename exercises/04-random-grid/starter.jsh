var t = torch.zeros(4, 4);
System.out.println(t);
