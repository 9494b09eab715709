// expect: has shape (4, 5) but the exercise asks for (20,)
var r = torch.randint(0, 10, new long[] {4, 5});
var flat = r.flatten(1);
