import torch

# Noisy linear regression, one sample per step. ASGD averages the
# iterates from step t0 + 2 on, but leaves the model at the last iterate.
torch.manual_seed(0)
X = torch.randn(1000, 5)
Y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0], [0.0]])
Y += 0.5 * torch.randn(1000, 1)  # noise of variance 0.25
model = torch.nn.Linear(5, 1)
opt = torch.optim.ASGD(model.parameters(), lr=0.02, t0=500)
for i in torch.randint(0, 1000, (5000,)):
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(X[i]), Y[i]).backward()
    opt.step()


def report(label):
    with torch.no_grad():
        loss = torch.nn.functional.mse_loss(model(X), Y).item()
    print(f"{label:23} full-data loss {loss:.5f}")


report("last iterate (model):")
with torch.no_grad():  # copy the average into the model, keep a backup
    backup = [p.clone() for p in model.parameters()]
    for p in model.parameters():
        p.copy_(opt.state[p]["ax"])
report("average ax copied in:")
with torch.no_grad():  # put the iterate back to go on training
    for p, saved in zip(model.parameters(), backup):
        p.copy_(saved)
report("iterate restored:")
A = torch.cat([X, torch.ones(1000, 1)], 1)  # the best fit: least squares
best = (A @ torch.linalg.lstsq(A, Y).solution - Y).square().mean()
print(f"{'least-squares optimum:':23} full-data loss {best.item():.5f}")
