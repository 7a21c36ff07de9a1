import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.ones(1))
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=1)
try:
    optimizer.step()
    scheduler.step()  # like every other scheduler ...
except TypeError as err:
    print("TypeError:", err)
