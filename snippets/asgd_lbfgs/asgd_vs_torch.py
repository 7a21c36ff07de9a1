# Needs scratch_asgd.py (shown above) in the same folder.
import torch
from scratch_asgd import ASGD

kwargs = dict(lr=0.05, lambd=1e-3, t0=30, weight_decay=1e-3)
runs = []
for make in (ASGD, torch.optim.ASGD):
    torch.manual_seed(1)  # the same weights and mini-batches for both
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    opt = make([{"params": model[0].parameters()},
                {"params": model[2].parameters(), "lr": 0.02}], **kwargs)
    for _ in range(100):  # averaging starts after step t0 = 30
        x = torch.randn(16, 3)
        y = x.sum(1, keepdim=True) + 0.3 * torch.randn(16, 1)
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    runs.append((list(model.parameters()), opt))
(ours, ours_opt), (ref, ref_opt) = runs
print("weights bit-identical:",
      all(torch.equal(a, b) for a, b in zip(ours, ref)))
for key in ["step", "eta", "mu", "ax"]:
    same = all(torch.equal(ours_opt.state[a][key], ref_opt.state[b][key])
               for a, b in zip(ours, ref))
    print(f"state[{key!r}] bit-identical: {same}")
s, w = ref_opt.state[ref[0]], ref[0]
print(f"step={s['step'].item():.0f}  eta={s['eta'].item():.6f}"
      f"  1/mu={1 / s['mu'].item():.0f}")
print(f"max |ax - weight| = {(s['ax'] - w).abs().max().item():.4f}")
