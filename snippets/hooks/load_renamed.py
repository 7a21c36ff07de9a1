# Needs load_by_name.py (shown above) in the same folder.
import torch
from load_by_name import by_name

torch.manual_seed(0)
one = torch.nn.ModuleDict({"fc": torch.nn.Linear(3, 4)})
opt = torch.optim.SGD(one.named_parameters(), lr=0.01, momentum=0.9)
one["fc"](torch.randn(2, 3)).sum().backward()
opt.step()
saved = opt.state_dict()

# Two experts, each starting from fc: its weights and its optimizer state.
two = torch.nn.ModuleDict({"fc1": torch.nn.Linear(3, 4),
                           "fc2": torch.nn.Linear(3, 4)})
two_opt = torch.optim.SGD(two.named_parameters(), lr=0.01, momentum=0.9)
try:
    two_opt.load_state_dict(saved)
except ValueError as err:
    print("plain load:", err)

two_opt.register_load_state_dict_pre_hook(by_name(
    {f"fc{i}.{p}": f"fc.{p}" for i in (1, 2) for p in ("weight", "bias")}))
two_opt.load_state_dict(saved)
old = {name: opt.state[p]["momentum_buffer"]
       for name, p in one.named_parameters()}
for name, p in two.named_parameters():
    buf = two_opt.state[p]["momentum_buffer"]
    src = old["fc." + name.split(".")[1]]
    print(f"{name:10} fc's buffer: {torch.equal(buf, src)}, "
          f"a copy of it: {buf is not src}")
