var r = torch.randint(0, 10, new long[] {4, 5});
var flat = r.flatten();
    System.out.println(r.shape());
    System.out.println(flat.shape());
