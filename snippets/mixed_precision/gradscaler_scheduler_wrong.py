import warnings

import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
scaler = torch.amp.GradScaler("cpu")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for step in range(3):
        opt.zero_grad()
        scaler.scale(w.sum()).backward()
        if step == 0:
            w.grad[0] = float("inf")  # the first step overflows
        lr = opt.param_groups[0]["lr"]
        scaler.step(opt)
        scaler.update()
        sched.step()
        print(f"step {step}: lr {lr:g}, weights now {w.tolist()}")
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message)[:60]}...")
