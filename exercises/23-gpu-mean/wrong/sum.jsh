// expect: `mean` should be the average
var big = torch.rand(1000, 1000);
var mean = big.sum().cpu();
double value = mean.item();
