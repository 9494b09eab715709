var t = torch.tensor(new long[][] {{10, 20}, {30, 40}});
System.out.println(t);
