var a = np.array(new long[] {10, 20, 30});
var t = torch.from_numpy(a);
    // change a here, then print t
    var tensorChanged = false;
