// expect: has shape (4,) but the exercise asks for (4, 4)
var t = torch.rand(4);
