# Needs scratch_radam.py (shown above) in the same folder.
import torch
from scratch_radam import RAdam

torch.manual_seed(0)
x, y = torch.randn(64, 3), torch.randn(64, 1)


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial weights every time
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    groups = [{"params": model[0].parameters()},
              {"params": model[2].parameters(), "lr": 3e-3}]
    opt = make(groups, lr=1e-2, **kwargs)
    for _ in range(100):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    state = [t for s in opt.state.values() for t in s.values()]
    return list(model.parameters()) + state


for kwargs in [{}, {"weight_decay": 0.1},
               {"weight_decay": 0.1, "decoupled_weight_decay": True}]:
    ours = train(RAdam, **kwargs)
    ref = train(torch.optim.RAdam, **kwargs)
    diff = max((a - b).abs().max().item() for a, b in zip(ours, ref))
    same = all(torch.equal(a, b) for a, b in zip(ours, ref, strict=True))
    print(f"RAdam({kwargs}):\n  {len(ours)} tensors (weights and state), "
          f"max |ours - torch| = {diff}, bit-identical: {same}")
