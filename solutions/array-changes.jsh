var a = np.array(new long[] {10, 20, 30});
var t = torch.from_numpy(a);
    a.set(0, 100);
    System.out.println(t);
    var tensorChanged = true;
