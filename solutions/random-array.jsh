var a = np.random.rand(2, 3);
var t = torch.from_numpy(a);
System.out.println(t);
