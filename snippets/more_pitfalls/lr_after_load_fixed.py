import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
old = torch.optim.SGD(model.parameters(), lr=0.1)
torch.save(old.state_dict(), "optimizer.pt")

optimizer = torch.optim.SGD(model.parameters(), lr=0.001)
optimizer.load_state_dict(torch.load("optimizer.pt", weights_only=True))
for group in optimizer.param_groups:  # the file's hyperparameters won:
    group["lr"] = 0.001  # override them after loading
print("lr asked for: 0.001 | lr used:", optimizer.param_groups[0]["lr"])
