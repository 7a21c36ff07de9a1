import torch

# Noisy linear regression, one sample per step. ASGD averages the
# iterates from step t0 + 2 on, but leaves the model at the last iterate.
torch.manual_seed(0)
X = torch.randn(1000, 5)
w_true = torch.tensor([[1.0], [-2.0], [0.5], [3.0], [0.0]])
Y = X @ w_true + 0.5 * torch.randn(1000, 1)
model = torch.nn.Linear(5, 1)
opt = torch.optim.ASGD(model.parameters(), lr=0.02, t0=500)
for i in torch.randint(0, 1000, (5000,)):
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(X[i]), Y[i]).backward()
    opt.step()


def report(label):
    with torch.no_grad():
        loss = torch.nn.functional.mse_loss(model(X), Y).item()
        err = (model.weight.T - w_true).norm().item()
    print(f"{label:22} full-data loss {loss:.5f}, |w - w_true| {err:.4f}")


report("last iterate (model):")
with torch.no_grad():  # copy the average into the model, keep a backup
    backup = [p.clone() for p in model.parameters()]
    for p in model.parameters():
        p.copy_(opt.state[p]["ax"])
report("average ax copied in:")
with torch.no_grad():  # put the iterate back to go on training
    for p, saved in zip(model.parameters(), backup):
        p.copy_(saved)
report("restored iterate:")
