var t = torch.tensor(new double[] {1, 2, 3});
var a = t.numpy();
    // change t here, then look at a
    var arrayChanged = false;
