import torch

# Rosenbrock from (-1.5, 2): how far each step moves the point (x, y).


def path(make, lr, steps):
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64))
    opt, points = make([p], lr=lr), [p.detach().clone()]
    for _ in range(steps):
        opt.zero_grad()
        ((1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2).backward()
        opt.step()
        points.append(p.detach().clone())
    return points


adam = path(torch.optim.Adam, 0.01, 100)
radam = path(torch.optim.RAdam, 0.01, 100)
print("lr=0.01  step   rho_t  Adam moved  RAdam moved")
for t in (1, 2, 3, 4, 5, 6, 7, 100):
    rho = 1999 - 2 * t * 0.999**t / (1 - 0.999**t)  # rho_inf = 1999
    print(f"{t:12d}  {rho:6.3f}  {(adam[t] - adam[t - 1]).norm():10.4f}"
          f"  {(radam[t] - radam[t - 1]).norm():11.4f}")
x = [q[0].item() for q in path(torch.optim.RAdam, 0.05, 3)[1:]]
print("lr=0.05: RAdam's x after steps 1, 2, 3:",
      ", ".join(f"{v:.3g}" for v in x))
