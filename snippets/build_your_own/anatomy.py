# Needs scratch_sgd.py (shown above) in the same folder.
import torch
from scratch_sgd import SGD

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(),
                            torch.nn.Linear(3, 1))
opt = SGD([{"params": model[0].parameters()},
           {"params": model[2].parameters(), "lr": 0.01, "momentum": 0.0}],
          lr=0.1, momentum=0.9)
print("defaults:", ", ".join(f"{k}={v}" for k, v in opt.defaults.items()))
for i, group in enumerate(opt.param_groups):
    shown = {k: group[k] for k in ("lr", "momentum", "nesterov")}
    print(f"group {i}: {len(group['params'])} tensors, {shown}")
print("state before step:", len(opt.state), "entries")

x, y = torch.randn(8, 2), torch.randn(8, 1)


def closure():
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


loss = opt.step(closure)  # step runs closure once, with grad enabled
print(f"step(closure) returned {loss.item():.4f}")
print("state after step:",
      {tuple(p.shape): list(s) for p, s in opt.state.items()})
