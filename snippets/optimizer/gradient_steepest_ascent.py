import math

import torch

torch.set_default_dtype(torch.float64)


def f(p):  # works on one point (2,) or a batch of points (n, 2)
    return p[..., 0] ** 2 + 3 * p[..., 1] ** 2


p = torch.tensor([1.0, 1.0], requires_grad=True)
f(p).backward()
g = p.grad
print("gradient at (1, 1):", g.tolist(), " norm:", round(g.norm().item(), 4))

# Directional derivative along each unit vector u, measured without the gradient:
# the slope of t -> f(p + t*u) at t = 0, by a central difference.
angles = torch.arange(3600) * (2 * math.pi / 3600)  # every 0.1 degree
u = torch.stack([angles.cos(), angles.sin()], dim=1)
h = 1e-6
with torch.no_grad():
    slopes = (f(p + h * u) - f(p - h * u)) / (2 * h)
k = slopes.argmax()
print(f"largest slope {slopes[k]:.4f} at {math.degrees(angles[k]):.1f} degrees")
print(f"gradient's own direction: {math.degrees(math.atan2(g[1], g[0])):.1f} degrees")
print(f"smallest slope {slopes.min():.4f}: straight against the gradient")
