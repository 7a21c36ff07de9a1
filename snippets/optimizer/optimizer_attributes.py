import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

print("defaults:", opt.defaults)
print("state:", opt.state, "(empty until the first step)")
print("number of param groups:", len(opt.param_groups))
group = opt.param_groups[0]
for key, value in group.items():
    if key == "params":
        value = [tuple(p.shape) for p in value]
    print(f"  {key!r}: {value}")
