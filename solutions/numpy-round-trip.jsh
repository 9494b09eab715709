var a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
var t = torch.from_numpy(a);
    var back = t.numpy();
    System.out.println(a);
    System.out.println(t);
    System.out.println(back);
