import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

model(torch.randn(4, 3)).sum().backward()
optimizer.step()
optimizer.zero_grad()  # sets .grad to None (the default since 2.0)
print("grad norm for logging:", model.weight.grad)
try:
    print(model.weight.grad.norm())
except AttributeError as err:
    print("AttributeError:", err)
