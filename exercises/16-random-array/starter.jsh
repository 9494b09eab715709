var a = np.zeros(2, 3);
var t = torch.zeros(2, 3);
