import math
from bisect import bisect_right

import torch
from torch.optim.lr_scheduler import MultiStepLR, StepLR

runs = {  # scheduler, and its closed form at step t
    "StepLR(step_size=3)": (lambda o: StepLR(o, step_size=3, gamma=0.1),
                            lambda t: 1.0 * 0.1 ** (t // 3)),
    "MultiStepLR([2, 5, 5])": (
        lambda o: MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1),
        lambda t: 1.0 * 0.1 ** bisect_right([2, 5, 5], t)),
}
for name, (make, closed) in runs.items():
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    sched = make(opt)
    used = []
    for t in range(8):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    same = all(math.isclose(u, closed(t)) for t, u in enumerate(used))
    print(f"{name}: {[f'{u:g}' for u in used]}")
    print(f"    equals the closed form: {same}")
