# Needs load_by_name.py (shown above) in the same folder.
import torch
from load_by_name import by_name


class Net(torch.nn.Module):
    def __init__(self, swap=False):
        super().__init__()  # same layers; swap=True registers them in
        names = ("head", "body") if swap else ("body", "head")  # reverse
        for name in names:
            self.add_module(name, torch.nn.Linear(4, 4, bias=False))


torch.manual_seed(0)
old = Net()
opt = torch.optim.SGD(old.named_parameters(), lr=0.1, momentum=0.9)
old.body(old.head(torch.randn(2, 4))).sum().backward()
opt.step()

new = Net(swap=True)
new_opt = torch.optim.SGD(new.named_parameters(), lr=0.1, momentum=0.9)
new_opt.register_load_state_dict_pre_hook(by_name())
new_opt.load_state_dict(opt.state_dict())
for layer in ("head", "body"):
    got = new_opt.state[getattr(new, layer).weight]["momentum_buffer"]
    want = opt.state[getattr(old, layer).weight]["momentum_buffer"]
    print(f"new {layer} got {layer}'s buffer:", torch.equal(got, want))
print("names now:", new_opt.param_groups[0]["param_names"])
