var x = torch.tensor(new double[] {2, 3});
var J = torch.autograd.functional.jacobian(v -> torch.stack(v.get(0).mul(v.get(1)), v.get(0).add(v.get(1).pow(2))), x);
    System.out.println(J);
