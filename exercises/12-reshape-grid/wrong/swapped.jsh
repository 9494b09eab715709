// expect: `y` has shape (4, 3) but the exercise asks for (3, 4); did you swap the sizes
var x = torch.arange(12).reshape(2, 6);
var y = x.reshape(4, 3);
