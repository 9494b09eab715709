var t = torch.ones(3, 3);
// make `device`, then `moved`
