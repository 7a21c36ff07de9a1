import torch
from torch import nn


def match_by_name(optimizer, saved):
    """Load pre-hook: renumber the saved state into this optimizer's order."""
    index = {n: i for g in saved["param_groups"]
             for n, i in zip(g["param_names"], g["params"])}
    state, groups, k = {}, [], 0
    for group, saved_g in zip(optimizer.param_groups, saved["param_groups"]):
        ids = []
        for name in group["param_names"]:  # KeyError if a name is unknown
            if index[name] in saved["state"]:
                state[k] = saved["state"][index[name]]
            ids.append(k)
            k += 1
        groups.append({**saved_g, "params": ids,
                       "param_names": group["param_names"]})
    return {"state": state, "param_groups": groups}


torch.manual_seed(0)
old = nn.ModuleDict({"encoder": nn.Linear(3, 3), "decoder": nn.Linear(3, 3)})
# built from named_parameters(), so the state_dict carries the names
opt = torch.optim.SGD(old.named_parameters(), lr=0.1, momentum=0.9)
old["encoder"].weight.grad = torch.ones(3, 3)
old["decoder"].weight.grad = -torch.ones(3, 3)
opt.step()
print("saved names:", opt.state_dict()["param_groups"][0]["param_names"])

new = nn.ModuleDict({"decoder": nn.Linear(3, 3), "encoder": nn.Linear(3, 3)})
new.load_state_dict(old.state_dict())
opt2 = torch.optim.SGD(new.named_parameters(), lr=0.1, momentum=0.9)
opt2.register_load_state_dict_pre_hook(match_by_name)
opt2.load_state_dict(opt.state_dict())
for name, saved in (("encoder", 1.0), ("decoder", -1.0)):
    buf = opt2.state[new[name].weight]["momentum_buffer"]
    print(f"{name} momentum: {buf[0, 0].item()} (saved as {saved})")
