# Needs scratch_adagrad.py (shown above) in the same folder.
# A param group's own initial_accumulator_value: kept, but never used.
import torch
from scratch_adagrad import Adagrad

for make in [torch.optim.Adagrad, Adagrad]:
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    opt = make([{"params": [a]}], initial_accumulator_value=0.1)
    opt.add_param_group({"params": [b], "initial_accumulator_value": 5.0})
    (a.sum() + b.sum()).backward()  # a gradient of 1 everywhere
    opt.step()
    s0 = opt.param_groups[1]["initial_accumulator_value"]
    print(f"{make.__module__}: b's group says {s0}, b's sum after one "
          f"step: {opt.state[b]['sum'][0].item():.4f} (0.1 + 1)")
