import torch
from torch.optim.lr_scheduler import (ConstantLR, ExponentialLR, LRScheduler,
                                      SequentialLR)


class Exponential(LRScheduler):
    def __init__(self, optimizer, gamma, last_epoch=-1):
        self.gamma = gamma  # before super().__init__, which calls get_lr()
        super().__init__(optimizer, last_epoch)

    def get_lr(self):  # recursive: from the lr that is in the group now
        if self.last_epoch == 0:
            return [g["lr"] for g in self.optimizer.param_groups]
        return [g["lr"] * self.gamma for g in self.optimizer.param_groups]


class ExponentialClosed(Exponential):
    def _get_closed_form_lr(self):  # from base_lrs, at any last_epoch
        return [b * self.gamma**self.last_epoch for b in self.base_lrs]


def lrs_used(make, steps=7):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    sched, used = make(opt), []
    for _ in range(steps):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


def warmed_up(cls):  # ConstantLR for 3 steps, then cls
    return lambda o: SequentialLR(o, [ConstantLR(o, 0.1, total_iters=3),
                                      cls(o, gamma=0.5)], milestones=[3])


reference = lrs_used(lambda o: ExponentialLR(o, gamma=0.5))
for cls in (ExponentialLR, Exponential, ExponentialClosed):
    same = lrs_used(lambda o: cls(o, gamma=0.5)) == reference
    after = [f"{u:g}" for u in lrs_used(warmed_up(cls))]
    print(f"{cls.__name__}: alone == ExponentialLR: {same}")
    print(f"    after the warm-up: {after}")
