// expect: has shape (2,) but the exercise asks for (2, 2)
var x = torch.tensor(new double[] {1, 2});
var H = torch.autograd.functional.jacobian(v -> v.get(0).pow(2).mul(v.get(1)).add(v.get(1).pow(3)), x);
