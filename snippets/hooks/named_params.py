import torch

model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Linear(3, 1))
opt = torch.optim.SGD(model[0].named_parameters(prefix="0"), lr=0.1)
print("group 0:", opt.param_groups[0]["param_names"])
# add_param_group takes (name, tensor) pairs too
opt.add_param_group({"params": list(model[1].named_parameters(prefix="1")),
                     "lr": 0.01})
print("group 1:", opt.param_groups[1]["param_names"])
saved = opt.state_dict()["param_groups"]
print("saved:", [(g["params"], g["param_names"]) for g in saved])

try:  # names are all or nothing
    opt.add_param_group({"params": [torch.nn.Parameter(torch.ones(1))]})
except ValueError as err:
    print("ValueError:", err)
