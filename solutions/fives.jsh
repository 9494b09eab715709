var t = torch.full(new long[] {3, 3}, 5);
System.out.println(t);
