# Needs load_by_name.py (shown above) in the same folder.
import torch
from load_by_name import by_name

torch.manual_seed(0)
old = torch.nn.ModuleDict({"fc": torch.nn.Linear(5, 5),
                           "out": torch.nn.Linear(5, 1)})
opt = torch.optim.SGD(old.named_parameters(), lr=0.01, momentum=0.9)
old["out"](old["fc"](torch.randn(2, 5))).sum().backward()
opt.step()
saved = opt.state_dict()
print("checkpoint:", saved["param_groups"][0]["param_names"])

# The new model has a bypass layer (added) and no biases (missing).
new = torch.nn.ModuleDict({"fc": torch.nn.Linear(5, 5, bias=False),
                           "bypass": torch.nn.Linear(5, 5, bias=False),
                           "out": torch.nn.Linear(5, 1, bias=False)})
new_opt = torch.optim.SGD(new.named_parameters(), lr=0.01, momentum=0.9)
try:
    new_opt.load_state_dict(saved)
except ValueError as err:
    print("plain load:", err)
new_opt.register_load_state_dict_pre_hook(by_name())
new_opt.load_state_dict(saved)
for name, p in new.named_parameters():
    if p not in new_opt.state:
        print(f"{name:13} no state: its next step is a first step")
        continue
    same = torch.equal(new_opt.state[p]["momentum_buffer"],
                       opt.state[old.get_parameter(name)]["momentum_buffer"])
    print(f"{name:13} momentum buffer = the checkpoint's {name}: {same}")
print("state entries loaded:", len(new_opt.state_dict()["state"]), "of",
      len(saved["state"]), "saved")
