# Needs load_by_name.py (shown above) in the same folder.
import torch
from load_by_name import by_name


class Model(torch.nn.Module):
    def __init__(self, bypass=False):
        super().__init__()
        self.fc = torch.nn.Linear(5, 5)
        if bypass:  # the new model adds a layer the checkpoint lacks
            self.bypass = torch.nn.Linear(5, 5, bias=False)


torch.manual_seed(0)
old = Model()
opt = torch.optim.SGD(old.named_parameters(), lr=0.01, momentum=0.9)
old.fc(torch.randn(2, 5)).sum().backward()
opt.step()

new = Model(bypass=True)
new_opt = torch.optim.SGD(new.named_parameters(), lr=0.01, momentum=0.9)
try:
    new_opt.load_state_dict(opt.state_dict())
except ValueError as err:
    print("plain load:", err)
new_opt.register_load_state_dict_pre_hook(by_name())
new_opt.load_state_dict(opt.state_dict())
for name, p in new.named_parameters():
    print(f"{name:13} state after loading: {list(new_opt.state.get(p, {}))}")
