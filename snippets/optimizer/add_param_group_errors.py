import torch

w = torch.zeros(2, requires_grad=True)
v = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)

try:
    opt.add_param_group({"params": {v}})  # a set has no stable order
except TypeError as err:
    print("TypeError:", err)

try:
    opt.add_param_group({"params": [w]})  # w is already in group 0
except ValueError as err:
    print("ValueError:", err)

print("groups still:", len(opt.param_groups))
