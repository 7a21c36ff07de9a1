import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

model(torch.randn(4, 3)).sum().backward()
grad_norm = model.weight.grad.norm().item()  # read it before zero_grad()
optimizer.step()
optimizer.zero_grad()
print(f"grad norm for logging: {grad_norm:.4f}")
print("after zero_grad():", model.weight.grad)
