import inspect

import torch


def train(cls, **path):  # 20 steps on 20 small tensors, same data each run
    torch.manual_seed(0)
    model = torch.nn.Sequential(*[torch.nn.Linear(4, 4) for _ in range(10)])
    x = torch.randn(16, 4)
    opt = cls(model.parameters(), **path)
    for _ in range(20):
        opt.zero_grad()
        model(x).square().mean().backward()
        opt.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


def compare(other, loop):
    if torch.equal(other, loop):
        return "max |diff| 0"
    close = torch.allclose(other, loop, rtol=0, atol=1e-6)
    return "last bits (< 1e-6)" if close else "DIFFERENT"


print(f"{'vs for-loop':12}{'foreach=True':22}fused=True")
for name in torch.optim.__all__:
    cls = getattr(torch.optim, name)
    args = inspect.signature(cls).parameters if callable(cls) else {}
    if "foreach" not in args:
        continue  # no foreach path: LBFGS, Muon, SparseAdam, not classes
    loop = train(cls, foreach=False)
    fused = compare(train(cls, fused=True), loop) if "fused" in args else "-"
    print(f"{name:12}{compare(train(cls, foreach=True), loop):22}{fused}")
