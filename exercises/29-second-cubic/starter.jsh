var x = torch.tensor(2.0, requires_grad(true));
double dydx = 0;
