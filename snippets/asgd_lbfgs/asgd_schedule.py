import torch

# One weight, random gradients: eta and mu at each step, and what ax
# holds. t0=3, so ax becomes an average from step t0 + 2 = 5 on.
torch.manual_seed(0)
w = torch.nn.Parameter(torch.tensor([1.0]))
lr, lambd, alpha = 0.5, 0.1, 0.75
opt = torch.optim.ASGD([w], lr=lr, lambd=lambd, alpha=alpha, t0=3)
iterates = []
print(" t  eta used  mu used   weight       ax  mean of w_5..w_t")
for t in range(1, 9):
    w.grad = torch.randn(1)
    s = opt.state[w]  # empty before the first step
    eta, mu = (s["eta"].item(), s["mu"].item()) if s else (lr, 1.0)
    opt.step()
    iterates.append(w.item())
    line = (f"{t:2}    {eta:.4f}   {mu:.4f}  {w.item():+.4f}"
            f"  {s['ax'].item():+.4f}")
    if t >= 5:
        line += f"  {sum(iterates[4:]) / (t - 4):+.4f}"
    print(line)
print(f"eta for step 9: lr / (1 + lambd*lr*8)**alpha ="
      f" {lr / (1 + lambd * lr * 8) ** alpha:.6f}, state: {s['eta']:.6f}")
