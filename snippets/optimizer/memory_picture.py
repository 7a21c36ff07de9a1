import torch
from torch import nn


def show(opt, names):
    print(type(opt).__name__)
    kept = {k: opt.defaults[k] for k in ("lr", "momentum")}
    print("├── defaults:", kept, "...")
    for gi, group in enumerate(opt.param_groups):
        print(f"├── param_groups[{gi}]: lr={group['lr']}, "
              f"momentum={group['momentum']}, ...")
        for i, p in enumerate(group["params"]):
            branch = "└──" if i == len(group["params"]) - 1 else "├──"
            print(f"│   {branch} {names[p]:10s} {tuple(p.shape)}")
    print(f"└── state: {len(opt.state)} entries")
    for i, (p, s) in enumerate(opt.state.items()):
        shapes = {k: tuple(v.shape) for k, v in s.items()}
        branch = "└──" if i == len(opt.state) - 1 else "├──"
        print(f"    {branch} {names[p]:10s}", shapes)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
names = {p: name for name, p in net.named_parameters()}
opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
show(opt, names)

net(torch.randn(3, 4)).sum().backward()
opt.step()
print("\nafter the first step:")
show(opt, names)
