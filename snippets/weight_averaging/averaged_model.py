import torch
from torch.optim.swa_utils import (AveragedModel, get_swa_avg_fn,
                                   get_swa_multi_avg_fn)

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
swa = AveragedModel(model)  # default: an equal-weight running mean
by_fn = AveragedModel(model, avg_fn=get_swa_avg_fn())  # one tensor at a time
by_multi = AveragedModel(model, multi_avg_fn=get_swa_multi_avg_fn())  # lerp
print("AveragedModel holds:", [name for name, _ in swa.named_parameters()],
      "and the buffer n_averaged =", swa.n_averaged.item())
snapshots = []
for _ in range(5):
    with torch.no_grad():
        model.weight.add_(torch.randn(1, 3))  # stands in for training
    snapshots.append(model.weight.detach().clone())
    for averaged in (swa, by_fn, by_multi):
        averaged.update_parameters(model)
mean = torch.stack(snapshots).mean(0)
print("n_averaged:", swa.n_averaged.item())
print("equals the mean of the 5 snapshots (1e-6):",
      torch.allclose(swa.module.weight, mean, atol=1e-6))
print("default bit-equal to get_swa_avg_fn on the CPU:",
      torch.equal(swa.module.weight, by_fn.module.weight))
print("get_swa_multi_avg_fn within 1e-6:",
      torch.allclose(swa.module.weight, by_multi.module.weight, atol=1e-6))
