// expect: has dtype torch.float32 but the exercise asks for torch.float64
var a = np.random.rand(2, 3);
var t = torch.from_numpy(a).Float();
