var device = torch.device(torch.cuda.is_available() ? "cuda" : "cpu");
var g = torch.ones(2, 3, device(device));
var back = g.cpu();
System.out.println(back);
