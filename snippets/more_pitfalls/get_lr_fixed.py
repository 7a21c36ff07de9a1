import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.ones(1))
optimizer = torch.optim.SGD([w], lr=1.0)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)

for epoch in range(4):
    optimizer.step()
    scheduler.step()
    print(
        f"after epoch {epoch}: get_last_lr() says {scheduler.get_last_lr()[0]:g}, "
        f"the optimizer has {optimizer.param_groups[0]['lr']:g}"
    )
