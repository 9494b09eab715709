var t = torch.randint(0, 10, new long[] {4, 5});
System.out.println(t);
