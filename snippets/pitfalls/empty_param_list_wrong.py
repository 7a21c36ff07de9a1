import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
params = model.parameters()  # a generator: it can be consumed once
print("parameters to clip:", len(list(params)))  # ... for example here
try:
    optimizer = torch.optim.SGD(params, lr=0.1)
except ValueError as err:
    print("ValueError:", err)
