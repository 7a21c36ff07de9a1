import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9,
                            weight_decay=0.01)
x = torch.randn(8, 2)

model(x).pow(2).mean().backward()
optimizer.step()

model.weight.requires_grad_(False)
optimizer.zero_grad()  # set_to_none=True (the default): .grad becomes None
frozen = model.weight.clone()
for _ in range(3):
    model(x).pow(2).mean().backward()
    optimizer.step()  # a param whose .grad is None is skipped
    optimizer.zero_grad()
print("weight.grad:", model.weight.grad)
print(f"frozen weight moved by: {(model.weight - frozen).abs().max():.4f}")
