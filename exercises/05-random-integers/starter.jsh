var t = torch.zeros(4, 5, dtype(torch.int64));
System.out.println(t);
