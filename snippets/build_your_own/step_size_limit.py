import torch

# f(x, y) = 0.1*x**2 + 2*y**2: curvatures (Hessian eigenvalues) 0.2 and 4.
# Gradient descent multiplies y by (1 - lr*4) each step: it diverges once lr*4 > 2.
for lr in (0.1, 0.45, 0.5, 0.55):
    p = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
    opt = torch.optim.SGD([p], lr=lr)
    trace = []
    for step in range(1, 41):
        opt.zero_grad()
        x, y = p
        (0.1 * x**2 + 2 * y**2).backward()
        opt.step()
        if step in (1, 2, 10, 40):
            trace.append(f"{p[1].item():+.3g}")
    print(f"lr={lr}  lr*4={lr * 4:.1f}  y after steps 1, 2, 10, 40: {', '.join(trace)}"
          f"  (x after 40: {p[0].item():.3f})")
