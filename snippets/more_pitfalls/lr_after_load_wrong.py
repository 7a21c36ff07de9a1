import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
old = torch.optim.SGD(model.parameters(), lr=0.1)
torch.save(old.state_dict(), "optimizer.pt")

# resuming with a smaller lr:
optimizer = torch.optim.SGD(model.parameters(), lr=0.001)
optimizer.load_state_dict(torch.load("optimizer.pt", weights_only=True))
print("lr asked for: 0.001 | lr used:", optimizer.param_groups[0]["lr"])
