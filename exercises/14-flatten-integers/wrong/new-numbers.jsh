// expect: should hold r's own twenty numbers
var r = torch.randint(0, 10, new long[] {4, 5});
var flat = torch.randint(0, 10, new long[] {20});
