import torch
from torch import nn

g = torch.Generator().manual_seed(1)
X, y = torch.randn(64, 4, generator=g), torch.randn(64, 1, generator=g)


def make():
    model = nn.Sequential(nn.Linear(4, 16), nn.Dropout(0.2), nn.Linear(16, 1))
    opt = torch.optim.AdamW(model.parameters(), lr=0.01)
    return model, opt, torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)


def train(model, opt, sched, epochs):
    for epoch in epochs:
        for idx in torch.randperm(64).split(16):  # shuffling and dropout: RNG
            opt.zero_grad()
            nn.functional.mse_loss(model(X[idx]), y[idx]).backward()
            opt.step()
        sched.step()
    return model


torch.manual_seed(0)
straight = train(*make(), range(6))  # the uninterrupted run: epochs 0-5

torch.manual_seed(0)
model, opt, sched = make()
train(model, opt, sched, range(3))  # epochs 0-2, then save the whole state
torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(),
            "scheduler": sched.state_dict(), "rng": torch.get_rng_state(),
            "epoch": 2}, "checkpoint.pt")

for restore_rng in (False, True):
    torch.manual_seed(123)  # a new process starts from other RNG state
    model, opt, sched = make()
    ckpt = torch.load("checkpoint.pt", weights_only=True, map_location="cpu")
    model.load_state_dict(ckpt["model"])
    opt.load_state_dict(ckpt["optimizer"])
    sched.load_state_dict(ckpt["scheduler"])
    if restore_rng:
        torch.set_rng_state(ckpt["rng"])
    start = ckpt["epoch"] + 1
    print(f"restore RNG={restore_rng}: resume at epoch {start}, lr {sched.get_last_lr()}")
    train(model, opt, sched, range(start, 6))  # epochs 3-5
    same = all(torch.equal(a, b) for a, b in zip(model.parameters(), straight.parameters()))
    print("  bit-identical to the uninterrupted run:", same)
