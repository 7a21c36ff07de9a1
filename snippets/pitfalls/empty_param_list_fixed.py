import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
params = list(model.parameters())  # a list can be iterated many times
print("parameters to clip:", len(params))
optimizer = torch.optim.SGD(params, lr=0.1)
print("optimizer holds", len(optimizer.param_groups[0]["params"]), "tensors")
