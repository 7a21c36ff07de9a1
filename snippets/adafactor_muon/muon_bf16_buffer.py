import torch

# nesterov=False, momentum 0.9, a gradient of 2.0 everywhere at each step.
# B = 0.9 B + 0.1 g should be 0.2 after step 1 and 0.38 after step 2.
for dtype in [torch.float32, torch.bfloat16]:
    w = torch.nn.Parameter(torch.zeros(4, 3, dtype=dtype))
    opt = torch.optim.Muon([w], lr=0.0, momentum=0.9, nesterov=False)
    for t in [1, 2]:
        w.grad = torch.full((4, 3), 2.0, dtype=dtype)
        opt.step()
        buf = opt.state[w]["momentum_buffer"]
        print(f"{dtype}, step {t}: B = {buf[0, 0].item():.4f},"
              f" ||B||_F = {buf.float().norm():.4f}")
