import torch
from torch import nn
from torch.optim.swa_utils import update_bn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2)).eval()
bn = model[1]
data = torch.randn(96, 3) * 4 + 1
batches = list(data.split(32))  # a DataLoader works the same way
update_bn(batches, model)  # one pass in train mode, momentum=None

with torch.no_grad():
    h = [model[0](b) for b in batches]  # what BN saw, batch by batch
mean = torch.stack([x.mean(0) for x in h]).mean(0)
var = torch.stack([x.var(0) for x in h]).mean(0)  # unbiased, per batch
print("running_mean = mean of batch means:",
      torch.allclose(bn.running_mean, mean, atol=1e-6))
print("running_var = mean of batch variances:",
      torch.allclose(bn.running_var, var, atol=1e-5))
print("momentum restored:", bn.momentum, "| still in eval mode:",
      not model.training)
print("num_batches_tracked:", bn.num_batches_tracked.item())
