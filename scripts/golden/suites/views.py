"""Views: shapes, strides, shared storage, contiguity, and view errors (pytorch-facts.md section 4)."""
from golden import Suite

SUITE = Suite("views", "which ops return views, their strides, and what view/reshape refuse")
s = SUITE

s.setup("x = torch.arange(12.).reshape(3, 4)", "var x = torch.arange(12.).reshape(3, 4);")
s.setup("def layout(v): return (v.shape, v.stride(), v.storage().data_ptr() == x.storage().data_ptr(), v.is_contiguous())",
        "Tuple<Object> layout(Tensor v) { return Tuple.of(v.shape(), v.stride(), v.storage() == x.storage(), v.is_contiguous()); }")

s.section("shape, stride, shares x's storage, is contiguous (the section 4 table)")
s.case("x.stride(), x.is_contiguous()", "Tuple.of(x.stride(), x.is_contiguous())")
for py, java in [
    ("x.view(4, 3)", "x.view(4, 3)"), ("x.view(-1)", "x.view(-1)"), ("x.reshape(2, 6)", "x.reshape(2, 6)"),
    ("x.flatten()", "x.flatten()"), ("x.unsqueeze(0)", "x.unsqueeze(0)"), ("x.unsqueeze(-1)", "x.unsqueeze(-1)"),
    ("x.unsqueeze(0).squeeze()", "x.unsqueeze(0).squeeze()"), ("x.t()", "x.t()"), ("x.T", "x.T()"), ("x.mT", "x.mT()"),
    ("x.transpose(0, 1)", "x.transpose(0, 1)"), ("x.permute(1, 0)", "x.permute(1, 0)"),
    ("x.expand(2, 3, 4)", "x.expand(2, 3, 4)"), ("x.narrow(1, 1, 2)", "x.narrow(1, 1, 2)"), ("x.select(1, 2)", "x.select(1, 2)"),
    ("x[1]", "x.get(1)"), ("x[:, 1]", "x.get(\":, 1\")"), ("x[::2, 1::2]", "x.get(\"::2, 1::2\")"), ("x[None]", "x.get(\"None\")"),
    ("x.diagonal()", "x.diagonal()"), ("x.diagonal(1)", "x.diagonal(1, 0, 1)"), ("x.diagonal(-1)", "x.diagonal(-1, 0, 1)"),
    ("x.t().reshape(12)", "x.t().reshape(12)"), ("x.t().flatten()", "x.t().flatten()"),
    ("x.contiguous()", "x.contiguous()"), ("x.t().contiguous()", "x.t().contiguous()"), ("x[[0, 2]]", "x.get(\"[0, 2]\")"),
    ("x[x > 5]", "x.get(x.gt(5))"), ("x.clone()", "x.clone()"), ("x.t().clone()", "x.t().clone()"),
    ("x.view(2, 2, 3)", "x.view(2, 2, 3)"), ("x.view(3, 2, 2)[:, 1]", "x.view(3, 2, 2).get(\":, 1\")"),
    ("x.t().t()", "x.t().t()"), ("x.t().unsqueeze(1)", "x.t().unsqueeze(1)"), ("x.t()[1:]", "x.t().get(\"1:\")"),
    ("x.t().reshape(4, 3)", "x.t().reshape(4, 3)"), ("x.t().reshape(2, 2, 3)", "x.t().reshape(2, 2, 3)"),
    ("x.t().reshape(4, 1, 3)", "x.t().reshape(4, 1, 3)"), ("x.t().view(4, 1, 3)", "x.t().view(4, 1, 3)"),
    ("x[:, 1:3].reshape(6)", "x.get(\":, 1:3\").reshape(6)"), ("x[:, 1:3].reshape(3, 1, 2)", "x.get(\":, 1:3\").reshape(3, 1, 2)"),
    ("x[1:].reshape(8)", "x.get(\"1:\").reshape(8)"), ("x[:, :1].view(3)", "x.get(\":, :1\").view(3)"),
    ("x.flatten(0, 0)", "x.flatten(0, 0)"), ("x.unsqueeze(1).flatten(1)", "x.unsqueeze(1).flatten(1)"),
    ("x.expand(2, 3, 4).flatten(1)", "x.expand(2, 3, 4).flatten(1)"), ("x.expand(2, 3, 4).reshape(24)", "x.expand(2, 3, 4).reshape(24)"),
    ("x[:, None, :, None]", "x.get(\":, None, :, None\")"), ("x.movedim(0, 1)", "x.movedim(0, 1)"),
    ("x.swapaxes(0, 1)", "x.swapaxes(0, 1)"), ("x.ravel()", "x.ravel()"), ("x.t().ravel()", "x.t().ravel()"),
    ("x.view_as(torch.empty(6, 2))", "x.view_as(torch.empty(6, 2))"), ("x.reshape_as(torch.empty(2, 6))", "x.reshape_as(torch.empty(2, 6))"),
    ("x.unflatten(1, (2, 2))", "x.unflatten(1, 2, 2)"), ("x.detach()", "x.detach()"), ("x.flip(0)", "x.flip(0)"),
    ("x[2:2]", "x.get(\"2:2\")"), ("x[..., -1]", "x.get(\"..., -1\")"),
]:
    s.case(f"layout({py})", f"layout({java})")

s.section("new tensors keep their inputs' memory order (TensorIterator, preserve_format)")
s.setup("t = x.t()", "var t = x.t();")
for py, java in [
    ("t * 2", "t.mul(2)"), ("t + t", "t.add(t)"), ("t + torch.ones(4, 3)", "t.add(torch.ones(4, 3))"),
    ("torch.ones(4, 3) + t", "torch.ones(4, 3).add(t)"), ("t.exp()", "t.exp()"), ("t > 1", "t.gt(1)"),
    ("t.double()", "t.Double()"), ("t.clone()", "t.clone()"), ("torch.zeros_like(t)", "torch.zeros_like(t)"),
    ("torch.ones_like(t, dtype=torch.int64)", "torch.ones_like(t, dtype(torch.int64))"),
    ("torch.full_like(t, 7)", "torch.full_like(t, 7)"), ("torch.empty_like(t)", "torch.empty_like(t)"),
    ("torch.where(t > 1, t, 0.)", "torch.where(t.gt(1), t, 0.)"), ("x[:, ::2].clone()", "x.get(\":, ::2\").clone()"),
    ("x[:, ::2] * 1", "x.get(\":, ::2\").mul(1)"), ("x.t().expand(2, 4, 3).clone()", "x.t().expand(2, 4, 3).clone()"),
    ("x.t().unsqueeze(0) * torch.ones(2, 1, 1)", "x.t().unsqueeze(0).mul(torch.ones(2, 1, 1))"),
    ("x.t() + torch.ones(3)", "x.t().add(torch.ones(3))"), ("torch.ones(4, 1) + torch.ones(1, 3)", "torch.ones(4, 1).add(torch.ones(1, 3))"),
    ("torch.ones(2, 3, 4).permute(2, 0, 1).neg()", "torch.ones(2, 3, 4).permute(2, 0, 1).neg()"),
    ("torch.ones(3, 1).t().clone()", "torch.ones(3, 1).t().clone()"), ("torch.ones(1, 3).expand(2, 3).t().clone()", "torch.ones(1, 3).expand(2, 3).t().clone()"),
    ("t.sum(0)", "t.sum(0)"), ("t @ x", "t.matmul(x)"), ("torch.cat([t, t])", "torch.cat(t, t)"), ("torch.stack([t, t])", "torch.stack(t, t)"),
    ("t.float()", "t.Float()"), ("t.to(torch.int32)", "t.to(torch.int32)"), ("t.contiguous()", "t.contiguous()"), ("t.relu()", "t.relu()"),
    ("t.clamp(0, 1)", "t.clamp(0, 1)"), ("t.pow(2)", "t.pow(2)"), ("t.sigmoid()", "t.sigmoid()"), ("2 - t", "t.rsub(2)"), ("-t", "t.neg()"),
    ("torch.ones(2, 3, 4).permute(1, 2, 0) + torch.ones(2, 3, 4).permute(2, 1, 0).permute(2, 0, 1)",
     "torch.ones(2, 3, 4).permute(1, 2, 0).add(torch.ones(2, 3, 4).permute(2, 1, 0).permute(2, 0, 1))"),
    ("torch.ones(4, 3)[::2] + t[::2]", "torch.ones(4, 3).get(\"::2\").add(t.get(\"::2\"))"),
    ("t.logical_not()", "t.logical_not()"), ("t == t", "t.eq(t)"),
]:
    s.case(f"({py}).stride()", f"{java}.stride()")
s.case("t.abs().is_contiguous()", "t.abs().is_contiguous()")
s.case("(t * 2).view(12)", "t.mul(2).view(12)")
s.case("t.clone().view(12)", "t.clone().view(12)")
s.case("t.contiguous().view(12)", "t.contiguous().view(12)")

s.section("split, chunk, unbind are views too")
s.cases([
    ("[layout(v) for v in x.split(2, 1)]", "x.split(2, 1).stream().map(v -> layout(v)).toList()"),
    ("[layout(v) for v in x.chunk(2)]", "x.chunk(2).stream().map(v -> layout(v)).toList()"),
    ("[layout(v) for v in x.unbind(1)]", "x.unbind(1).stream().map(v -> layout(v)).toList()"),
    ("x.split(3)", "x.split(3)"), ("x.chunk(3, 1)", "x.chunk(3, 1)"), ("x.unbind()", "x.unbind()"),
    ("torch.arange(5).chunk(2)", "torch.arange(5).chunk(2)"), ("torch.arange(5).split(2)", "torch.arange(5).split(2)"),
    ("torch.arange(6).chunk(4)", "torch.arange(6).chunk(4)"),
])

s.section("writing through a view changes the base")
s.cases([
    ("b = torch.arange(6.); v = b.view(2, 3); v[0, 0] = 100; b", "var b = torch.arange(6.); var v = b.view(2, 3); v.set(\"0, 0\", 100); b"),
    ("b = torch.arange(6.); b.view(2, 3).t()[2] = -1; b", "var b = torch.arange(6.); b.view(2, 3).t().set(\"2\", -1); b"),
    ("b = torch.arange(6.); b[1::2].mul_(10); b", "var b = torch.arange(6.); b.get(\"1::2\").mul_(10); b"),
    ("b = torch.arange(6.).reshape(2, 3); b.t().zero_(); b", "var b = torch.arange(6.).reshape(2, 3); b.t().zero_(); b"),
    ("b = torch.arange(6.).reshape(2, 3); b.diagonal().fill_(7); b", "var b = torch.arange(6.).reshape(2, 3); b.diagonal().fill_(7); b"),
    ("b = torch.arange(6.).reshape(2, 3); b.select(1, 0).copy_(torch.tensor([8., 9.])); b",
     "var b = torch.arange(6.).reshape(2, 3); b.select(1, 0).copy_(torch.tensor(new double[] {8., 9.})); b"),
    ("b = torch.arange(6.).reshape(2, 3); b.unsqueeze(0).add_(1); b", "var b = torch.arange(6.).reshape(2, 3); b.unsqueeze(0).add_(1); b"),
    ("b = torch.arange(6.).reshape(2, 3); c = b.t().reshape(6); c[0] = 50; b",
     "var b = torch.arange(6.).reshape(2, 3); var c = b.t().reshape(6); c.set(\"0\", 50); b"),
    ("b = torch.arange(6.).reshape(2, 3); c = b[[0, 1]]; c[0, 0] = 50; b",
     "var b = torch.arange(6.).reshape(2, 3); var c = b.get(\"[0, 1]\"); c.set(\"0, 0\", 50); b"),
    ("b = torch.arange(4.); b.narrow(0, 1, 2).neg_(); b", "var b = torch.arange(4.); b.narrow(0, 1, 2).neg_(); b"),
    ("b = torch.zeros(2, 3); b.t_(); b.stride()", "var b = torch.zeros(2, 3); b.t_(); b.stride()"),
    ("b = torch.zeros(2, 3); b.unsqueeze_(0); b.shape", "var b = torch.zeros(2, 3); b.unsqueeze_(0); b.shape()"),
    ("b = torch.zeros(1, 3); b.squeeze_(); b.shape", "var b = torch.zeros(1, 3); b.squeeze_(); b.shape()"),
    ("b = torch.zeros(2, 3); b.transpose_(0, 1); b.shape, b.stride()", "var b = torch.zeros(2, 3); b.transpose_(0, 1); Tuple.of(b.shape(), b.stride())"),
    ("b = torch.arange(4.); v = b.view(2, 2); b.add_(1); v", "var b = torch.arange(4.); var v = b.view(2, 2); b.add_(1); v"),
])

s.section("view and reshape rules and errors")
s.cases([
    ("x.t().view(12)", "x.t().view(12)"),
    ("x.view(5, -1)", "x.view(5, -1)"),
    ("x.view(-1, -1)", "x.view(-1, -1)"),
    ("x.view(7)", "x.view(7)"),
    ("x.reshape(-1, 5)", "x.reshape(-1, 5)"),
    ("x.view(-1, 4)", "x.view(-1, 4)"),
    ("x.view(2, -1).shape, x.view(-1).shape, x.reshape(3, -1, 2).shape", "Tuple.of(x.view(2, -1).shape(), x.view(-1).shape(), x.reshape(3, -1, 2).shape())"),
    ("x.view(0, -1)", "x.view(0, -1)"),
    ("torch.zeros(0, 3).view(-1, 0)", "torch.zeros(0, 3).view(-1, 0)"),
    ("torch.zeros(0, 3).view(0, -1).shape", "torch.zeros(0, 3).view(0, -1).shape()"),
    ("torch.zeros(0, 3).reshape(3, -1).shape", "torch.zeros(0, 3).reshape(3, -1).shape()"),
    ("x.view(-2, 6)", "x.view(-2, 6)"),
    ("x.reshape(2, -3)", "x.reshape(2, -3)"),
    ("x.t().view(4, 3)", "x.t().view(4, 3)"),
    ("x.t().view(2, 2, 3)", "x.t().view(2, 2, 3)"),
    ("x[:, 1:3].view(6)", "x.get(\":, 1:3\").view(6)"),
    ("x.view(12, 1, 1).shape", "x.view(12, 1, 1).shape()"),
    ("torch.tensor(5.).flatten(), torch.tensor(5.).flatten().shape, torch.tensor(5.).view(-1).shape, torch.tensor(5.).reshape(1, 1).shape",
     "Tuple.of(torch.tensor(5.).flatten(), torch.tensor(5.).flatten().shape(), torch.tensor(5.).view(-1).shape(), torch.tensor(5.).reshape(1, 1).shape())"),
    ("torch.tensor(5.).view(())", "torch.tensor(5.).view()"),
    ("torch.ones(1).view(())", "torch.ones(1).view()"),
    ("torch.ones(2).view(())", "torch.ones(2).view()"),
    ("torch.tensor(5.).squeeze().shape, torch.tensor(5.).unsqueeze(0).shape, torch.ones(1, 3, 1).squeeze().shape, torch.ones(1, 3, 1).squeeze(0).shape",
     "Tuple.of(torch.tensor(5.).squeeze().shape(), torch.tensor(5.).unsqueeze(0).shape(), torch.ones(1, 3, 1).squeeze().shape(), torch.ones(1, 3, 1).squeeze(0).shape())"),
    ("torch.ones(2, 3).squeeze(0).shape, torch.ones(1, 1).squeeze().shape, torch.ones(2, 3, 4).flatten(1).shape, torch.ones(2, 3, 4).flatten(0, 1).shape",
     "Tuple.of(torch.ones(2, 3).squeeze(0).shape(), torch.ones(1, 1).squeeze().shape(), torch.ones(2, 3, 4).flatten(1).shape(), torch.ones(2, 3, 4).flatten(0, 1).shape())"),
    ("torch.ones(2, 3).unsqueeze(-1).shape, torch.ones(2, 3).transpose(-1, -2).shape, torch.ones(2, 3).permute(-1, 0).shape",
     "Tuple.of(torch.ones(2, 3).unsqueeze(-1).shape(), torch.ones(2, 3).transpose(-1, -2).shape(), torch.ones(2, 3).permute(-1, 0).shape())"),
    ("torch.ones(2, 3, 4).flatten(-2).shape, torch.ones(2, 3, 4).flatten(start_dim=1, end_dim=-1).shape, torch.ones(2, 3, 4).flatten(end_dim=1).shape",
     "Tuple.of(torch.ones(2, 3, 4).flatten(-2).shape(), torch.ones(2, 3, 4).flatten(start_dim(1), end_dim(-1)).shape(), torch.ones(2, 3, 4).flatten(end_dim(1)).shape())"),
    ("torch.ones(2, 3).flatten(1, 0)", "torch.ones(2, 3).flatten(1, 0)"),
    ("torch.ones(2, 3).flatten(2)", "torch.ones(2, 3).flatten(2)"),
    ("torch.ones(2, 3).unsqueeze(3)", "torch.ones(2, 3).unsqueeze(3)"),
    ("torch.ones(2, 3).unsqueeze(-4)", "torch.ones(2, 3).unsqueeze(-4)"),
    ("torch.ones(2, 3).squeeze(2)", "torch.ones(2, 3).squeeze(2)"),
    ("torch.ones(2, 3).squeeze(-3)", "torch.ones(2, 3).squeeze(-3)"),
    ("torch.ones(2, 3).permute(1, 0, 2)", "torch.ones(2, 3).permute(1, 0, 2)"),
    ("torch.ones(2, 3).permute(0)", "torch.ones(2, 3).permute(0)"),
    ("torch.ones(2, 3).permute(0, 0)", "torch.ones(2, 3).permute(0, 0)"),
    ("torch.ones(2, 3).permute(0, 2)", "torch.ones(2, 3).permute(0, 2)"),
    ("torch.ones(2, 3).transpose(0, 2)", "torch.ones(2, 3).transpose(0, 2)"),
    ("torch.ones(2, 3, 4).T.shape", "torch.ones(2, 3, 4).T().shape()"),
    ("torch.ones(2, 3, 4).mT.shape", "torch.ones(2, 3, 4).mT().shape()"),
    ("torch.ones(3).mT", "torch.ones(3).mT()"),
    ("torch.ones(2, 3, 4).t()", "torch.ones(2, 3, 4).t()"),
    ("torch.ones(3).t().shape", "torch.ones(3).t().shape()"),
    ("torch.tensor(2.).t()", "torch.tensor(2.).t()"),
    ("torch.ones(3).T", "torch.ones(3).T()"),
    ("torch.ones(2, 3).narrow(1, 2, 2)", "torch.ones(2, 3).narrow(1, 2, 2)"),
    ("torch.ones(2, 3).narrow(1, -1, 1).shape", "torch.ones(2, 3).narrow(1, -1, 1).shape()"),
    ("torch.ones(2, 3).narrow(2, 0, 1)", "torch.ones(2, 3).narrow(2, 0, 1)"),
    ("torch.ones(2, 3).select(1, 3)", "torch.ones(2, 3).select(1, 3)"),
    ("torch.ones(2, 3).select(1, -3).shape", "torch.ones(2, 3).select(1, -3).shape()"),
    ("torch.ones(2, 3).select(2, 0)", "torch.ones(2, 3).select(2, 0)"),
    ("torch.tensor(5.).select(0, 0)", "torch.tensor(5.).select(0, 0)"),
    ("torch.ones(2, 3).unflatten(1, (3, 1)).shape", "torch.ones(2, 3).unflatten(1, 3, 1).shape()"),
    ("torch.ones(2, 6).unflatten(1, (2, -1)).shape", "torch.ones(2, 6).unflatten(1, 2, -1).shape()"),
    ("torch.ones(2, 3).new_tensor([1]).unflatten(0, (2, 2))", "torch.ones(2, 3).new_tensor(new int[] {1}).unflatten(0, 2, 2)"),
    ("torch.ones(2, 3).diagonal(0, 0, 0)", "torch.ones(2, 3).diagonal(0, 0, 0)"),
    ("torch.ones(2, 3).diagonal(5, 0, 1)", "torch.ones(2, 3).diagonal(5, 0, 1)"),
    ("torch.arange(8.).reshape(2, 2, 2).diagonal(0, 1, 2)", "torch.arange(8.).reshape(2, 2, 2).diagonal(0, 1, 2)"),
    ("torch.arange(6).repeat(2)", "torch.arange(6).repeat(2)"),
    ("torch.arange(4).reshape(2, 2).repeat(2, 1, 3)", "torch.arange(4).reshape(2, 2).repeat(2, 1, 3)"),
    ("torch.arange(4).repeat(1)", "torch.arange(4).repeat(1)"),
    ("torch.arange(4).reshape(2, 2).repeat(2)", "torch.arange(4).reshape(2, 2).repeat(2)"),
    ("torch.arange(6).reshape(2, 3).flip(0, 1)", "torch.arange(6).reshape(2, 3).flip(0, 1)"),
    ("torch.arange(6).reshape(2, 3).flip(-1)", "torch.arange(6).reshape(2, 3).flip(-1)"),
    ("torch.arange(6).reshape(2, 3).movedim(1, 0)", "torch.arange(6).reshape(2, 3).movedim(1, 0)"),
    ("torch.arange(24).reshape(2, 3, 4).movedim(0, -1).shape", "torch.arange(24).reshape(2, 3, 4).movedim(0, -1).shape()"),
    ("torch.arange(24).reshape(2, 3, 4).permute(2, 0, 1).stride()", "torch.arange(24).reshape(2, 3, 4).permute(2, 0, 1).stride()"),
    ("torch.arange(24).reshape(2, 3, 4).permute(2, 0, 1).contiguous().stride()", "torch.arange(24).reshape(2, 3, 4).permute(2, 0, 1).contiguous().stride()"),
    ("torch.arange(24).reshape(2, 3, 4).transpose(0, 2)[1]", "torch.arange(24).reshape(2, 3, 4).transpose(0, 2).get(1)"),
    ("torch.ones(3, 1, 2).expand(3, 4, 2).is_contiguous(), torch.ones(1, 3).expand(1, 3).is_contiguous()",
     "Tuple.of(torch.ones(3, 1, 2).expand(3, 4, 2).is_contiguous(), torch.ones(1, 3).expand(1, 3).is_contiguous())"),
    ("torch.ones(3, 1).t().is_contiguous(), torch.ones(1, 1).t().is_contiguous(), torch.ones(0, 3).t().is_contiguous()",
     "Tuple.of(torch.ones(3, 1).t().is_contiguous(), torch.ones(1, 1).t().is_contiguous(), torch.ones(0, 3).t().is_contiguous())"),
    ("x[:, ::2].storage_offset(), x[1:, 2:].storage_offset(), x.t()[2].storage_offset()",
     "Tuple.of(x.get(\":, ::2\").storage_offset(), x.get(\"1:, 2:\").storage_offset(), x.t().get(2).storage_offset())"),
])
