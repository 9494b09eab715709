// expect: there is no GPU here
var t = torch.ones(3, 3);
var device = torch.device("cuda");
var moved = t.to(device);
