# Needs scratch_muon.py (shown above) in the same folder.
import torch
from scratch_muon import Muon

torch.manual_seed(0)
x, y = torch.randn(64, 3), torch.randn(64, 1)


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial weights every time
    model = torch.nn.Sequential(  # matrices only: Muon refuses vectors
        torch.nn.Linear(3, 8, bias=False), torch.nn.Tanh(),
        torch.nn.Linear(8, 8, bias=False), torch.nn.Tanh(),
        torch.nn.Linear(8, 1, bias=False))
    groups = [{"params": [model[0].weight, model[2].weight]},  # tall, square
              {"params": model[4].parameters(), "lr": 3e-3}]  # wide
    opt = make(groups, **kwargs)
    for _ in range(100):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    state = [t for s in opt.state.values() for t in s.values()]
    return list(model.parameters()) + state


for kwargs in [{"lr": 0.02},
               {"lr": 0.02, "nesterov": False,
                "adjust_lr_fn": "match_rms_adamw"},
               {"lr": torch.tensor(0.02), "momentum": 0.8, "ns_steps": 3}]:
    ours, ref = train(Muon, **kwargs), train(torch.optim.Muon, **kwargs)
    diff = max((a - b).abs().max().item() for a, b in zip(ours, ref))
    same = all(torch.equal(a, b) for a, b in zip(ours, ref, strict=True))
    print(f"Muon({kwargs}):\n  {len(ours)} tensors (weights and state),"
          f" max |ours - torch| = {diff}, bit-identical: {same}")
