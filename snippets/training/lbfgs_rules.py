import torch

torch.manual_seed(0)
a = torch.nn.Parameter(torch.randn(3))
b = torch.nn.Parameter(torch.randn(2))
optimizer = torch.optim.LBFGS([a, b])  # one group holding both tensors
keys = ("lr", "max_iter", "max_eval", "history_size", "line_search_fn")
print("defaults:", {k: optimizer.defaults[k] for k in keys})

try:  # a second group, e.g. for a different lr
    torch.optim.LBFGS([{"params": [a]}, {"params": [b], "lr": 0.1}])
except ValueError as err:
    print("two param groups -> ValueError:", err)

try:
    optimizer.step()  # no closure
except TypeError as err:
    print("step() without a closure -> TypeError:", err)
