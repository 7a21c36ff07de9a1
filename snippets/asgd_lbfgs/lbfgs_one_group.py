import torch

# LBFGS treats all its parameters as one vector, so it has one group.
model = torch.nn.Linear(3, 1)
try:
    torch.optim.LBFGS([{"params": [model.weight]},
                       {"params": [model.bias], "lr": 0.1}])
except ValueError as e:
    print("ValueError:", e)

opt = torch.optim.LBFGS(model.parameters())
n = sum(p.numel() for p in opt.param_groups[0]["params"])
print(f"one group: {len(opt.param_groups)}, x has {n} numbers")
opt.add_param_group({"params": [torch.nn.Parameter(torch.zeros(2))]})
try:  # add_param_group does not check; step() does
    opt.step(lambda: model(torch.ones(1, 3)).sum())
except AssertionError as e:
    print("AssertionError:", e)
