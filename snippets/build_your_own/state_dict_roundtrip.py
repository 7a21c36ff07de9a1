# Needs scratch_sgd.py (shown above) in the same folder.
import torch
from scratch_sgd import SGD

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)
model = torch.nn.Linear(4, 1)
opt = SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)


def train(model, opt, steps):
    for _ in range(steps):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()


train(model, opt, 5)
sd = opt.state_dict()  # from torch.optim.Optimizer: params become 0, 1, ...
print("param_groups[0]['params']:", sd["param_groups"][0]["params"])
print("state:", {i: {k: tuple(v.shape) for k, v in s.items()}
                 for i, s in sd["state"].items()})
torch.save({"model": model.state_dict(), "opt": sd}, "checkpoint.pt")

resumed = torch.nn.Linear(4, 1)
resumed_opt = SGD(resumed.parameters(), lr=0.01, momentum=0.9,
                  nesterov=True)
ckpt = torch.load("checkpoint.pt")
resumed.load_state_dict(ckpt["model"])
resumed_opt.load_state_dict(ckpt["opt"])
train(model, opt, 5)
train(resumed, resumed_opt, 5)
pairs = zip(model.parameters(), resumed.parameters())
print("resumed run bit-identical to the uninterrupted one:",
      all(torch.equal(a, b) for a, b in pairs))
