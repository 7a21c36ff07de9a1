import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
model.double()  # convert (or .to(device)) first ...
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)  # ... then build this
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
optimizer.step()

exp_avg = optimizer.state[model.weight]["exp_avg"]
print("param:", model.weight.dtype, "| exp_avg:", exp_avg.dtype)
optimizer.zero_grad()
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
optimizer.step()
print("second step ok, Adam step count:", optimizer.state[model.weight]["step"].item())
