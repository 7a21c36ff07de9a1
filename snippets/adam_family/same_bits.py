# same_bits.py: save this file; the *_vs_torch.py scripts import compare.
import torch

data = torch.Generator().manual_seed(0)
X, Y = torch.randn(64, 3, generator=data), torch.randn(64, 1, generator=data)


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial weights every time
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    groups = [{"params": model[0].parameters()},  # two param groups
              {"params": model[2].parameters(), "lr": 3e-3}]
    opt = make(groups, lr=1e-2, **kwargs)
    for _ in range(100):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(X), Y).backward()
        opt.step()
    state = [t for s in opt.state.values() for t in s.values()]
    return list(model.parameters()) + state


def compare(ours, theirs, **kwargs):
    a, b = train(ours, **kwargs), train(theirs, **kwargs)
    same = all(torch.equal(p, q) for p, q in zip(a, b, strict=True))
    print(f"{theirs.__name__}({kwargs}):\n  {len(a)} tensors (weights and "
          f"state), bit-identical (torch.equal): {same}")
