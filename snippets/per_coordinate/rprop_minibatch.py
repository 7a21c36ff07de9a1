# Rprop on least squares: one full batch per step, or mini-batches of 32.
import torch

torch.manual_seed(0)
X = torch.randn(512, 10, dtype=torch.float64)
y = X @ torch.randn(10, 1, dtype=torch.float64) + 0.5 * torch.randn(
    512, 1, dtype=torch.float64)
best = torch.linalg.lstsq(X, y).solution  # the exact minimum


def train(make, batch):
    w = torch.zeros(10, 1, dtype=torch.float64, requires_grad=True)
    opt, order = make([w]), torch.Generator().manual_seed(1)
    for _ in range(320 * batch // 512):  # epochs: 320 steps in all
        for rows in torch.randperm(512, generator=order).split(batch):
            opt.zero_grad()
            torch.nn.functional.mse_loss(X[rows] @ w, y[rows]).backward()
            opt.step()
    out = f"max |w - best| = {(w - best).abs().max().item():.1e}"
    if "step_size" in opt.state[w]:
        out += f", largest step_size {opt.state[w]['step_size'].max():.0e}"
    return out


print("Rprop,   full batch:", train(torch.optim.Rprop, 512))
print("Rprop,   batches 32:", train(torch.optim.Rprop, 32))
print("RMSprop, batches 32:", train(
    lambda p: torch.optim.RMSprop(p, lr=1e-2), 32))
