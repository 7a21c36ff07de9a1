import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(4, 3)).sum().backward()
optimizer.step()  # Adam's state is created now, in float32

model.double()  # the same Parameter objects, with float64 data
exp_avg = optimizer.state[model.weight]["exp_avg"]
print("param:", model.weight.dtype, "| exp_avg:", exp_avg.dtype)
optimizer.zero_grad()
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
try:
    optimizer.step()
except RuntimeError as err:
    print("RuntimeError:", err)
