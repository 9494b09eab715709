// expect: but the exercise asks for a DType
var t = torch.rand(5, 5);
var d = "float32";
