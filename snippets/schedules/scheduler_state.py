import torch

torch.manual_seed(0)
backbone, head = torch.nn.Linear(4, 4), torch.nn.Linear(4, 1)
optimizer = torch.optim.SGD([
    {"params": backbone.parameters(), "lr": 0.01},  # its own lr
    {"params": head.parameters()},  # falls back to the default
], lr=0.1)
scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.5)

for _ in range(2):
    optimizer.step()  # no gradients here: step() skips params whose .grad is None
    scheduler.step()

print("get_last_lr():", scheduler.get_last_lr())
for i, group in enumerate(optimizer.param_groups):
    print(f"group {i}: lr={group['lr']}, initial_lr={group['initial_lr']}")
print("base_lrs:", scheduler.base_lrs)
print("state_dict():")  # everything in scheduler.__dict__ but the optimizer
for key, value in scheduler.state_dict().items():
    print(f"    {key}: {value}")
