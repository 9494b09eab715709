var t = torch.tensor(new double[] {1, 2, 3});
var a = t.numpy();
    t.set("0", 10);
    System.out.println(t);
    System.out.println(a);
    var arrayChanged = true;
