import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.LayerNorm(4))
decay, no_decay = [], []
for p in model.parameters():
    (no_decay if p.ndim < 2 else decay).append(p)  # biases, norm weights: 1-D
optimizer = torch.optim.AdamW([
    {"params": decay, "weight_decay": 0.5},
    {"params": no_decay, "weight_decay": 0.0},
], lr=0.1)
bias0 = model[0].bias.detach().clone()

for _ in range(10):
    optimizer.zero_grad()
    (model(torch.randn(8, 4)) * 0).sum().backward()
    optimizer.step()
print("groups (size, wd):", [(len(g["params"]), g["weight_decay"])
                            for g in optimizer.param_groups])
print("LayerNorm weight (starts at 1):", model[1].weight.detach())
print("Linear bias / its start value:", model[0].bias.detach() / bias0)
