import io

import torch
from torch.optim import lr_scheduler as S


def reload(state):  # through a file, as a checkpoint would
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    return torch.load(buf, weights_only=True)  # plain data only


opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1,
                      momentum=0.9)
seq = S.SequentialLR(opt, [S.LinearLR(opt, 0.1, total_iters=5),
                           S.ExponentialLR(opt, 0.9)], milestones=[5])
state = reload(seq.state_dict())
print("SequentialLR:", {k: v for k, v in state.items() if k != "_schedulers"})
print("    _schedulers: one state_dict each, with keys like",
      sorted(state["_schedulers"][0])[-4:])

plateau = S.ReduceLROnPlateau(opt, patience=2)
for loss in (1.0, 1.1, 1.2):
    plateau.step(loss)
state = reload(plateau.state_dict())
print("ReduceLROnPlateau:", {k: state[k] for k in
                             ("best", "num_bad_epochs", "cooldown_counter")})

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1,
                      momentum=0.9)
S.OneCycleLR(opt, max_lr=0.1, total_steps=100)
group = reload(opt.state_dict())["param_groups"][0]  # the OPTIMIZER's
print("OneCycleLR wrote into the param group:",
      {k: group[k] for k in ("initial_lr", "max_lr", "min_lr",
                             "max_momentum", "base_momentum")})
