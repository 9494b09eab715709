// expect: `arrayChanged` should say what you saw
var t = torch.tensor(new double[] {1, 2, 3});
var a = t.numpy();
t.set("0", 10);
var arrayChanged = false;
