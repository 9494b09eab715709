// expect: `a` does not share memory with `t`
var t = torch.tensor(new double[] {1, 2, 3});
var a = t.clone().numpy();
t.set("0", 10);
var arrayChanged = false;
