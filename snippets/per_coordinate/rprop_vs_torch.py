# Needs scratch_rprop.py (shown above) in the same folder.
import torch
from scratch_rprop import Rprop

torch.manual_seed(0)
x, y = torch.randn(64, 3), torch.randn(64, 1)


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial weights every time
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    groups = [{"params": model[0].parameters()},
              {"params": model[2].parameters(), "lr": 1e-3}]
    opt = make(groups, **kwargs)
    for _ in range(100):  # full batch: every step sees all 64 samples
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    state = [t for s in opt.state.values() for t in s.values()]
    return list(model.parameters()) + state


for kwargs in [{}, {"etas": (0.3, 1.5), "step_sizes": (1e-4, 0.1)}]:
    ours = train(Rprop, **kwargs)
    ref = train(torch.optim.Rprop, **kwargs)
    same = all(torch.equal(a, b) for a, b in zip(ours, ref, strict=True))
    print(f"Rprop({kwargs}):\n  {len(ours)} tensors (weights and state), "
          f"bit-identical: {same}")
