# Needs scratch_rmsprop.py (shown above) in the same folder.
import torch
from scratch_rmsprop import RMSprop

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


for kwargs in [{}, {"centered": True},
               {"momentum": 0.9, "weight_decay": 1e-3}]:
    ours = train(RMSprop, **kwargs)
    ref = train(torch.optim.RMSprop, **kwargs)
    same = all(torch.equal(a, b) for a, b in zip(ours, ref, strict=True))
    print(f"RMSprop({kwargs}):\n  {len(ours)} tensors (weights and state), "
          f"bit-identical: {same}")
