import torch

# One weight, the same gradient g = 0.5 every step: watch Adam's state and bias correction.
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.Adam([w], lr=0.1)  # betas=(0.9, 0.999)
print("state before the first step:", dict(opt.state))
for t in range(1, 4):
    w.grad = torch.tensor([0.5])
    before = w.item()
    opt.step()
    s = opt.state[w]
    m, v = s["exp_avg"].item(), s["exp_avg_sq"].item()
    print(f"t={t}: step={s['step']!r}  exp_avg={m:.4f}  exp_avg_sq={v:.6f}")
    print(f"     1-0.9^t={1 - 0.9**t:.3f}  1-0.999^t={1 - 0.999**t:.4f}  "
          f"m/sqrt(v)={m / v**0.5:.3f}  corrected={(m / (1 - 0.9**t)) / (v / (1 - 0.999**t))**0.5:.3f}"
          f"  w moved by {w.item() - before:+.4f}")
print("state keys:", list(s), "| step dtype:", s["step"].dtype, "device:", s["step"].device)
