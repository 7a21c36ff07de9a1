import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
try:
    optimizer = torch.optim.AdamW([
        {"params": model.parameters()},  # everything ...
        {"params": [model.bias], "weight_decay": 0.0},  # ... and the bias again
    ], lr=0.01)
except ValueError as err:
    print("ValueError:", err)
