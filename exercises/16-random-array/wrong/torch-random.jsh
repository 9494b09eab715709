// expect: `a` is a tensor, but the exercise asks for a NumPy array
var a = torch.rand(2, 3);
var t = a;
