import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.randn(3))
lr = torch.tensor(0.1)
opt = torch.optim.Adam([w], lr=lr)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
for _ in range(3):
    w.grad = torch.ones(3)
    opt.step()
    sched.step()
# The scheduler writes into the tensor (fill_); it never replaces it.
group_lr = opt.param_groups[0]["lr"]
print(f"group lr is the same tensor: {group_lr is lr}, value {lr.item():.4g}")

for kwargs in ({"fused": True}, {"foreach": True},
               {"foreach": True, "capturable": True}):
    try:
        opt = torch.optim.Adam([w], lr=torch.tensor(0.1), **kwargs)
        w.grad = torch.ones(3)
        opt.step()
        print(f"{kwargs}: step ran")
    except (ValueError, AssertionError) as err:
        print(f"{kwargs}:\n  {type(err).__name__}: {err}")
