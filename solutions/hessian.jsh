var x = torch.tensor(new double[] {1, 2});
var H = torch.autograd.functional.hessian(v -> v.get(0).pow(2).mul(v.get(1)).add(v.get(1).pow(3)), x);
    System.out.println(H);
