import torch

# f(x, y) = 0.1*x**2 + 2*y**2: curvatures (Hessian eigenvalues) 0.2 and 4.
# Each gradient step multiplies y by (1 - lr*4): it diverges once lr*4 > 2.
print("y after steps 1, 2, 10 and 40, and x after 40, from (1, 1):")
for lr in (0.1, 0.45, 0.5, 0.55):
    p = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
    opt = torch.optim.SGD([p], lr=lr)
    ys = []
    for step in range(1, 41):
        opt.zero_grad()
        x, y = p
        (0.1 * x**2 + 2 * y**2).backward()
        opt.step()
        if step in (1, 2, 10, 40):
            ys.append(f"{p[1].item():+.3g}")
    print(f"lr={lr:<4} lr*4={lr * 4:.1f}  y: {', '.join(ys):28}"
          f"  x: {p[0].item():.3f}")
