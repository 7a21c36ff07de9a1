import io

import torch
from torch import nn
from torch.optim import lr_scheduler as S

g = torch.Generator().manual_seed(0)
X, y = torch.randn(64, 4, generator=g), torch.randn(64, 1, generator=g)
batches = list(torch.arange(64).split(16)) * 8  # 8 epochs of 4 batches


def make():
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    opt = torch.optim.AdamW(model.parameters(), lr=0.01)
    warm = S.LinearLR(opt, start_factor=0.1, total_iters=8)
    cos = S.CosineAnnealingLR(opt, T_max=24)
    return model, opt, S.SequentialLR(opt, [warm, cos], milestones=[8])


def train(model, opt, sched, batches):  # stepped per batch; the lrs used
    used = []
    for idx in batches:
        used.append(opt.param_groups[0]["lr"])
        opt.zero_grad()
        nn.functional.mse_loss(model(X[idx]), y[idx]).backward()
        opt.step()
        sched.step()
    return used


straight = make()
straight_lrs = train(*straight, batches)  # uninterrupted: 32 steps
model, opt, sched = make()
train(model, opt, sched, batches[:12])  # 12 steps, then save
buf = io.BytesIO()
torch.save({"model": model.state_dict(), "opt": opt.state_dict(),
            "sched": sched.state_dict()}, buf)
for load_sched in (False, True):
    buf.seek(0)
    ckpt = torch.load(buf, weights_only=True)
    model, opt, sched = make()  # the scheduler first, then load
    model.load_state_dict(ckpt["model"])
    opt.load_state_dict(ckpt["opt"])
    if load_sched:
        sched.load_state_dict(ckpt["sched"])
    lrs = train(model, opt, sched, batches[12:])
    same = all(torch.equal(a, b) for a, b in
               zip(model.parameters(), straight[0].parameters()))
    print(f"scheduler loaded: {load_sched}: lrs of steps 12-31 equal:"
          f" {lrs == straight_lrs[12:]}, bit-identical weights: {same}")
