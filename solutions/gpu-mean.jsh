var device = torch.device(torch.cuda.is_available() ? "cuda" : "cpu");
var big = torch.rand(new long[] {1000, 1000}, device(device));
var mean = big.mean().cpu();
double value = mean.item();
System.out.println(value);
