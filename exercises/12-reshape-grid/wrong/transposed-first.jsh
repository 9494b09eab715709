// expect: not the values the exercise asks for
// Transposing reorders the elements before reshaping.
var x = torch.arange(12).reshape(2, 6);
var y = x.T().reshape(3, 4);
