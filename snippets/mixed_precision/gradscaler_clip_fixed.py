import torch

w = torch.nn.Parameter(torch.zeros(4))
opt = torch.optim.SGD([w], lr=1.0)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
loss = (w * torch.tensor([3.0, 4.0, 0.0, 0.0])).sum()  # grad norm 5
scaler.scale(loss).backward()
scaler.unscale_(opt)  # real gradients from here on
norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
scaler.step(opt)  # sees that unscale_ ran: does not divide again
scaler.update()
print(f"norm that clipping saw: {norm.item():g}")
print(f"size of the update: {w.norm().item():.6f} (wanted: 1)")
