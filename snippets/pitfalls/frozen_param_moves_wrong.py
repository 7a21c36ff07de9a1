import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9,
                            weight_decay=0.01)
x = torch.randn(8, 2)

model(x).pow(2).mean().backward()
optimizer.step()  # one normal step fills the momentum buffers

model.weight.requires_grad_(False)  # freeze the weight ...
optimizer.zero_grad(set_to_none=False)  # ... but keep zero-filled .grad tensors
frozen = model.weight.clone()
for _ in range(3):
    model(x).pow(2).mean().backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=False)
print("weight.grad:", model.weight.grad)
print(f"frozen weight moved by: {(model.weight - frozen).abs().max():.4f}")
