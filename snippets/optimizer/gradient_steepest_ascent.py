import math

import torch

f64 = torch.float64  # double precision keeps the finite differences exact


def f(p):  # works on one point (2,) or a batch of points (n, 2)
    return p[..., 0] ** 2 + 3 * p[..., 1] ** 2


p = torch.tensor([1.0, 1.0], dtype=f64, requires_grad=True)
f(p).backward()
g = p.grad
print("gradient at (1, 1):", g.tolist(), " norm:", round(g.norm().item(), 4))

# Directional derivative along each unit vector u, measured without the
# gradient: the slope of t -> f(p + t*u) at t = 0, by a central difference.
angles = torch.arange(3600, dtype=f64) * (math.pi / 1800)  # every 0.1 degree
u = torch.stack([angles.cos(), angles.sin()], dim=1)
h = 1e-6
with torch.no_grad():
    slopes = (f(p + h * u) - f(p - h * u)) / (2 * h)
k = slopes.argmax()
best = math.degrees(angles[k])
print(f"largest slope {slopes[k]:.4f} at {best:.1f} degrees")
own = math.degrees(math.atan2(g[1], g[0]))
print(f"gradient's own direction: {own:.1f} degrees")
print(f"smallest slope {slopes.min():.4f}: straight against the gradient")
