import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
old_checkpoint = optimizer.state_dict()  # saved before the head existed
model.append(nn.Linear(4, 1))
optimizer.add_param_group({"params": model[1].parameters(), "lr": 0.01})

head_before = model[1].weight.detach().clone()
for _ in range(5):
    optimizer.zero_grad()
    model(torch.randn(8, 4)).pow(2).mean().backward()
    optimizer.step()
print("head weight changed:", not torch.equal(model[1].weight, head_before))
print("groups:", [(len(g["params"]), g["lr"]) for g in optimizer.param_groups])
try:
    optimizer.load_state_dict(old_checkpoint)  # it has one group, not two
except ValueError as err:
    print("ValueError:", err)
