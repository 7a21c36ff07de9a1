import torch

torch.manual_seed(0)
X, y = torch.randn(32, 3), torch.randn(32, 1)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model = torch.nn.Linear(3, 1)  # e.g. rebuilt to load a checkpoint into it
pairs = zip(optimizer.param_groups[0]["params"], model.parameters())
print("optimizer holds the model's tensors:", all(p is q for p, q in pairs))

for epoch in range(3):
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(X), y)
    loss.backward()
    optimizer.step()  # updates the first model's tensors
    print(f"epoch {epoch}: loss {loss.item():.4f}")
