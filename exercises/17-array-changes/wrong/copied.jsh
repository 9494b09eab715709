// expect: `t` does not share memory with `a`
var a = np.array(new long[] {10, 20, 30});
var t = torch.tensor(a);
a.set(0, 100);
var tensorChanged = false;
