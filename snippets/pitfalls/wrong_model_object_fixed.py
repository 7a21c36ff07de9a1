import torch

torch.manual_seed(0)
X, y = torch.randn(32, 3), torch.randn(32, 1)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# new values copied into the same tensors
model.load_state_dict(torch.nn.Linear(3, 1).state_dict())
pairs = zip(optimizer.param_groups[0]["params"], model.parameters())
print("optimizer holds the model's tensors:", all(p is q for p, q in pairs))

for epoch in range(3):
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(X), y)
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}")
