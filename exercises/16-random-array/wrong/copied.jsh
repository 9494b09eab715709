// expect: `t` does not share memory with `a`
var a = np.random.rand(2, 3);
var t = torch.tensor(a);
