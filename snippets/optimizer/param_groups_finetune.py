import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU())  # say it is pretrained
head = nn.Linear(16, 3)  # new, randomly initialised

opt = torch.optim.SGD(
    [
        {"params": backbone.parameters(), "lr": 1e-4},  # nudge gently
        {"params": head.parameters()},  # uses the default lr below
    ],
    lr=1e-2,
    momentum=0.9,
)
for name, group in zip(["backbone", "head"], opt.param_groups):
    print(f"{name:8s} lr={group['lr']:g} momentum={group['momentum']} "
          f"tensors={len(group['params'])}")

x, y = torch.randn(4, 8), torch.tensor([0, 1, 2, 0])
before = [p.detach().clone() for p in (backbone[0].weight, head.weight)]
nn.functional.cross_entropy(head(backbone(x)), y).backward()
opt.step()
after = (backbone[0].weight, head.weight)
for name, old, new in zip(["backbone", "head"], before, after):
    print(f"{name:8s} largest change: {(new - old).abs().max().item():.2e}")
