// expect: `tensorChanged` should say what you saw
var a = np.array(new long[] {10, 20, 30});
var t = torch.from_numpy(a);
a.set(0, 100);
var tensorChanged = false;
