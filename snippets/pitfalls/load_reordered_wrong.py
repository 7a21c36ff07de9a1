import torch
from torch import nn

torch.manual_seed(0)
old = nn.ModuleDict({"encoder": nn.Linear(3, 3), "decoder": nn.Linear(3, 3)})
opt = torch.optim.SGD(old.parameters(), lr=0.1, momentum=0.9)
old["encoder"].weight.grad = torch.ones(3, 3)  # encoder momentum: +1
old["decoder"].weight.grad = -torch.ones(3, 3)  # decoder momentum: -1
opt.step()

# a refactor defines the same layers in the other order
new = nn.ModuleDict({"decoder": nn.Linear(3, 3), "encoder": nn.Linear(3, 3)})
new.load_state_dict(old.state_dict())  # modules match by name: fine
opt2 = torch.optim.SGD(new.parameters(), lr=0.1, momentum=0.9)
opt2.load_state_dict(opt.state_dict())  # optimizer state matches by position
for name, saved in (("encoder", 1.0), ("decoder", -1.0)):
    buf = opt2.state[new[name].weight]["momentum_buffer"]
    print(f"{name} momentum: {buf[0, 0].item()} (saved as {saved})")
