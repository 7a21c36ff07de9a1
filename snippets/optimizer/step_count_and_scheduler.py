import torch

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)

print("optimizer has _step_count:", hasattr(opt, "_step_count"))
print("scheduler _step_count:", sched._step_count)
print("optimizer _opt_called:", getattr(opt, "_opt_called", "not set yet"))

for epoch in range(2):
    w.grad = torch.ones(2)
    opt.step()
    sched.step()
print("after 2 epochs, scheduler _step_count:", sched._step_count)
print("optimizer _opt_called:", opt._opt_called)
print("lr now:", sched.get_last_lr())
