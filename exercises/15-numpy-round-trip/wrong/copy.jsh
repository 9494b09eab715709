// expect: `t` does not share memory with `a`
var a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
var t = torch.tensor(a);
var back = t.numpy();
