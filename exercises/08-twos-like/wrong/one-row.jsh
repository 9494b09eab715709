// expect: has shape (5,) but the exercise asks for (5, 5)
var a = torch.ones(5, 5);
var twos = a.new_full(new long[] {5}, 2);
