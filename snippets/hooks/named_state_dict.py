import torch


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
saved = opt.state_dict()
print("saved group:", {k: saved["param_groups"][0][k]
                       for k in ("params", "param_names")})

new = Net(swap=True)
new_opt = torch.optim.SGD(new.named_parameters(), lr=0.1, momentum=0.9)
new_opt.load_state_dict(saved)  # matches by position, not by name
buf = new_opt.state[new.head.weight]["momentum_buffer"]
print("new head got body's buffer:",
      torch.equal(buf, opt.state[old.body.weight]["momentum_buffer"]))
print("names now:", new_opt.param_groups[0]["param_names"])
