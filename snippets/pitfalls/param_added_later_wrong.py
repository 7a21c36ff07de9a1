import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model.append(nn.Linear(4, 1))  # a head added after the optimizer exists

head_before = model[1].weight.detach().clone()
for _ in range(5):
    optimizer.zero_grad()
    model(torch.randn(8, 4)).pow(2).mean().backward()
    optimizer.step()
print("head has a gradient:", model[1].weight.grad is not None)
print("head weight changed:", not torch.equal(model[1].weight, head_before))
in_optimizer = sum(len(g["params"]) for g in optimizer.param_groups)
in_model = len(list(model.parameters()))
print("params in the optimizer:", in_optimizer, "of", in_model)
