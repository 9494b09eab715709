// expect: has shape (2,) but the exercise asks for (2, 2)
var x = torch.tensor(new double[] {2, 3});
var J = torch.autograd.functional.jacobian(v -> v.get(0).mul(v.get(1)), x);
