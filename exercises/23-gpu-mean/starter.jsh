var big = torch.zeros(1000, 1000);
var mean = big.sum();
double value = 0;
