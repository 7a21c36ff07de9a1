# Needs scratch_adagrad.py (shown above) in the same folder.
import torch
from scratch_adagrad import Adagrad

torch.manual_seed(0)
x, y = torch.randn(64, 3), torch.randn(64, 1)


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial weights every time
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    groups = [{"params": model[0].parameters()},
              {"params": model[2].parameters(), "lr": 3e-2}]
    opt = make(groups, lr=0.1, **kwargs)
    print(f"  {make.__module__}: {len(opt.state)} state entries at start")
    for _ in range(100):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    state = [t for s in opt.state.values() for t in s.values()]
    return list(model.parameters()) + state


for kwargs in [{}, {"lr_decay": 0.01, "initial_accumulator_value": 0.1}]:
    print(f"Adagrad({kwargs}):")
    ours = train(Adagrad, **kwargs)
    ref = train(torch.optim.Adagrad, **kwargs)
    same = all(torch.equal(a, b) for a, b in zip(ours, ref, strict=True))
    print(f"  {len(ours)} tensors (weights and state), bit-identical: {same}")
