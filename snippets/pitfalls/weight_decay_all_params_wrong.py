import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.LayerNorm(4))
optimizer = torch.optim.AdamW(model.parameters(), lr=0.1, weight_decay=0.5)
bias0 = model[0].bias.detach().clone()

for _ in range(10):
    optimizer.zero_grad()
    (model(torch.randn(8, 4)) * 0).sum().backward()  # zero loss: only decay acts
    optimizer.step()
print("LayerNorm weight (starts at 1):", model[1].weight.detach())
print("Linear bias / its start value:", model[0].bias.detach() / bias0)
