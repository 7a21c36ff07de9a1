import itertools

import torch
from torch import nn
from torch.optim.swa_utils import (AveragedModel, get_ema_avg_fn,
                                   get_ema_multi_avg_fn)


class EMA:  # from scratch, parameters and buffers like use_buffers=True
    def __init__(self, model, decay):
        self.decay, self.n = decay, 0
        self.tensors = [t.detach().clone() for t in self.of(model)]

    @staticmethod
    def of(model):
        return itertools.chain(model.parameters(), model.buffers())

    @torch.no_grad()
    def update(self, model):
        for e, t in zip(self.tensors, self.of(model)):
            if self.n == 0:
                e.copy_(t)  # the first update copies
            elif e.is_floating_point():
                e.lerp_(t, 1 - self.decay)  # e + (1 - decay) * (t - e)
            else:  # num_batches_tracked: decay * e + (1 - decay) * t, cut
                e.copy_(e * self.decay + t * (1 - self.decay))
        self.n += 1


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
ours = EMA(model, decay=0.9)
multi = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9),
                      use_buffers=True)
single = AveragedModel(model, avg_fn=get_ema_avg_fn(0.9), use_buffers=True)
for _ in range(20):
    opt.zero_grad()
    model(torch.randn(16, 4)).pow(2).mean().backward()
    opt.step()
    ours.update(model)  # after every optimizer step
    multi.update_parameters(model)
    single.update_parameters(model)
theirs = list(EMA.of(multi.module))
print("bit-equal to get_ema_multi_avg_fn (lerp):",
      all(torch.equal(a, b) for a, b in zip(ours.tensors, theirs)))
print("get_ema_avg_fn (decay * e + (1 - decay) * p) within 1e-6:",
      all(torch.allclose(a.double(), b.double(), atol=1e-6)
          for a, b in zip(ours.tensors, EMA.of(single.module))))
