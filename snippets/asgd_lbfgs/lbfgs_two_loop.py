# Needs scratch_lbfgs.py and scratch_strong_wolfe.py (shown above).
import torch
from scratch_lbfgs import two_loop

# torch's LBFGS, 20 iterations in float64; then its last direction d,
# rebuilt from the stored pairs in two ways.
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(10, 20), torch.nn.Tanh(),
                            torch.nn.Linear(20, 1)).double()
x = torch.randn(100, 10, dtype=torch.float64)
y = x[:, :1].sin()
opt = torch.optim.LBFGS(model.parameters(), history_size=5)


def closure():
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


opt.step(closure)
s = opt.state[model[0].weight]
g, ys, ss = s["prev_flat_grad"], s["old_dirs"], s["old_stps"]
d = two_loop(g, ys, ss, s["ro"], s["H_diag"], [None] * 5)
print("two_loop on torch's pairs == torch's d:", torch.equal(d, s["d"]))
n = g.numel()  # the same H as a dense n x n matrix, BFGS update by update
H = s["H_diag"] * torch.eye(n, dtype=torch.float64)
for y_i, s_i, rho in zip(ys, ss, s["ro"]):
    V = torch.eye(n, dtype=torch.float64) - rho * torch.outer(y_i, s_i)
    H = V.T @ H @ V + rho * torch.outer(s_i, s_i)
print(f"max |d - (-H g)| = {(s['d'] + H @ g).abs().max().item():.1e},"
      f" max |d| = {s['d'].abs().max().item():.1e}")
print(f"memory: dense H {H.nbytes} bytes,"
      f" {len(ys)} pairs {sum(v.nbytes for v in ys + ss)} bytes")
