import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1,
                          threshold=0.01, cooldown=1)
val_losses = [1.0, 0.8, 0.795, 0.79, 0.70, 0.71, 0.72, 0.73, 0.74, 0.75]
for epoch, loss in enumerate(val_losses):
    opt.step()  # one epoch of training
    sched.step(loss)  # it needs the metric
    print(f"epoch {epoch}: loss {loss:.3f}  best {sched.best:.3f}"
          f"  bad epochs {sched.num_bad_epochs}"
          f"  cooldown {sched.cooldown_counter}"
          f"  lr {sched.get_last_lr()[0]:g}")
