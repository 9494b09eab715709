torch.ones(2, 2)
var x = torch.arange(6, dtype(torch.float32)).reshape(2, 3)
x.sum(dim(0), keepdim(true))
x.mean()
x.matmul(x.t())
var w = torch.randn(3, requires_grad(true))
var y = x.matmul(w).pow(2).sum()
y.backward()
w.grad()
/graph y
np.zeros(2, 3)
torch.tensor(new double[] {1.5, -2.25, 3})
torch.ones(2, 3).add(torch.ones(3, 2))
int broken = "text";
int twice(int a) {
    return 2 * a;
}
twice(21)
1 / 0
/trace
System.exit(0)
/vars
/help
/exit
