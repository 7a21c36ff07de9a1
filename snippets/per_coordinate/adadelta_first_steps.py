# Adadelta on a constant gradient of 1: how its step starts, and what lr does.
import torch

runs = {}
for lr in [1.0, 0.5]:
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adadelta([w], lr=lr)  # rho=0.9, eps=1e-6
    steps = []
    for _ in range(100):
        opt.zero_grad()
        w.sum().backward()  # the gradient is 1 at every step
        before = w.detach().clone()
        opt.step()
        steps.append((before - w.detach()).item())
    runs[lr] = steps, opt.state[w]["acc_delta"].clone()

print(" t  step with lr=1.0  step with lr=0.5")
for t in [1, 2, 3, 10, 30, 100]:
    print(f"{t:3}  {runs[1.0][0][t - 1]:.6f}          "
          f"{runs[0.5][0][t - 1]:.6f}")
print(f"acc_delta after 100 steps: {runs[1.0][1].item():.4e} (lr=1.0), "
      f"{runs[0.5][1].item():.4e} (lr=0.5)")
print("the same bits:", torch.equal(runs[1.0][1], runs[0.5][1]))
