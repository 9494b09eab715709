var t = torch.full(new long[] {3, 3}, 7.0);
System.out.println(t);
