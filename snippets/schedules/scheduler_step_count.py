import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.ones(2))
optimizer = torch.optim.SGD([w], lr=0.1)
print("optimizer has _opt_called:", hasattr(optimizer, "_opt_called"))

scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10)
print("scheduler._step_count after __init__:", scheduler._step_count)
print("scheduler.last_epoch after __init__:", scheduler.last_epoch)
print("optimizer.step is wrapped:", hasattr(optimizer.step, "_wrapped_by_lr_sched"))
print("optimizer has _opt_called:", hasattr(optimizer, "_opt_called"))

w.grad = torch.ones(2)
optimizer.step()
print("after optimizer.step(): _opt_called =", optimizer._opt_called)
scheduler.step()
print("after scheduler.step(): _step_count =", scheduler._step_count,
      "last_epoch =", scheduler.last_epoch)
print("optimizer has _step_count:", hasattr(optimizer, "_step_count"))
