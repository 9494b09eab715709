// expect: `back` is a tensor, but the exercise asks for a NumPy array
var a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
var t = torch.from_numpy(a);
var back = t.clone();
