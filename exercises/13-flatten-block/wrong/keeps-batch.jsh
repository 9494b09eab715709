// expect: a flat tensor of 24 elements
var x = torch.arange(24).reshape(2, 3, 4);
var flat = x.flatten(1);
