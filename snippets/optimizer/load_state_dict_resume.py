import torch
from torch import nn


def fresh_run():
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    return model, torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)


def train(model, opt, first_step, steps):
    for step in range(first_step, first_step + steps):
        x = torch.randn(8, 4, generator=torch.Generator().manual_seed(step))
        opt.zero_grad()
        nn.functional.mse_loss(model(x), x.sum(1, keepdim=True)).backward()
        opt.step()


model_a, opt_a = fresh_run()
train(model_a, opt_a, 0, 10)  # 10 steps without a break

model_b, opt_b = fresh_run()
train(model_b, opt_b, 0, 5)  # 5 steps, then save
torch.save({"model": model_b.state_dict(), "optimizer": opt_b.state_dict()},
           "checkpoint.pt")

for load_optimizer in (True, False):
    model_c, opt_c = fresh_run()  # as if in a new process
    ckpt = torch.load("checkpoint.pt", weights_only=True)
    model_c.load_state_dict(ckpt["model"])
    if load_optimizer:
        opt_c.load_state_dict(ckpt["optimizer"])
    train(model_c, opt_c, 5, 5)  # the other 5 steps
    pairs = list(zip(model_a.parameters(), model_c.parameters()))
    same = all(torch.equal(a, c) for a, c in pairs)
    gap = max((a - c).abs().max().item() for a, c in pairs)
    print(f"optimizer state loaded: {load_optimizer!s:5}  "
          f"bit-identical: {same!s:5}  largest difference: {gap:.4f}")
