import torch

# One weight, gradient 0.5 at every step: Adam's state and bias correction.
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.Adam([w], lr=0.1)  # betas=(0.9, 0.999)
print("state before the first step:", dict(opt.state))
for t in range(1, 4):
    w.grad = torch.tensor([0.5])
    before = w.item()
    opt.step()
    s = opt.state[w]
    m, v = s["exp_avg"].item(), s["exp_avg_sq"].item()
    bc1, bc2 = 1 - 0.9**t, 1 - 0.999**t
    print(f"t={t}: step={s['step']!r}  exp_avg={m:.4f}  exp_avg_sq={v:.6f}")
    print(f"  1-0.9^t={bc1:.3f}  1-0.999^t={bc2:.4f}",
          f" m/sqrt(v)={m / v**0.5:.3f}",
          f" m_hat/sqrt(v_hat)={(m / bc1) / (v / bc2) ** 0.5:.3f}")
    print(f"  w moved by {w.item() - before:+.4f}")
print("state keys:", list(s))
print("step:", s["step"].dtype, "on", s["step"].device)
