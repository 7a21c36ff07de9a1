import torch

w = torch.nn.Parameter(torch.ones(3))
opt = torch.optim.Adam([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)  # default 2.0**16
for step in range(3):
    opt.zero_grad()
    loss = (w * torch.tensor([1.0, 2.0, 3.0])).sum()
    scaler.scale(loss).backward()  # backward of loss * scale
    print(f"step {step}: scaled grad {w.grad.tolist()}")
    if step == 1:
        w.grad[0] = float("inf")  # an overflow, injected
    scaler.unscale_(opt)  # grad /= scale, and look for inf/NaN
    print(f"    unscaled grad {w.grad.tolist()}")
    before = w.detach().clone()
    scaler.step(opt)  # calls opt.step() only if no inf/NaN was found
    scaler.update()  # after a skipped step: scale *= 0.5
    print(f"    weights changed: {not torch.equal(before, w)},"
          f" Adam's step count: {opt.state[w]['step'].item():g},"
          f" scale now {scaler.get_scale():g}")
