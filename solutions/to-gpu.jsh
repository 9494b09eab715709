var t = torch.ones(3, 3);
var device = torch.device(torch.cuda.is_available() ? "cuda" : "cpu");
    var moved = t.to(device);
    System.out.println(moved.device());
