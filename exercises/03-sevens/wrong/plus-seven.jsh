// expect: Every element of `t` is 8., but the exercise asks for another value
// Adding 7 to ones gives eights.
var t = torch.ones(3, 3).add(7);
