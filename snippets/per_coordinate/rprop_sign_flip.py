# torch.optim.Rprop on f(w) = (w - 1)^2 from w = 0: what a sign flip does.
import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.Rprop([w], lr=0.4)  # etas=(0.5, 1.2)
print(" t  grad     prev     step_size  change   w")
for t in range(1, 10):
    opt.zero_grad()
    ((w - 1) ** 2).sum().backward()
    before = w.item()
    prev = opt.state[w]["prev"].item() if opt.state[w] else 0.0
    opt.step()
    size = opt.state[w]["step_size"].item()
    print(f"{t:2} {w.grad.item():+.4f}  {prev:+.4f}  {size:.4f}    "
          f"{w.item() - before:+.4f}  {w.item():.4f}")
