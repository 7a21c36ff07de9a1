import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
no_decay = [model.bias]
rest = [p for p in model.parameters() if all(p is not q for q in no_decay)]
optimizer = torch.optim.AdamW([
    {"params": rest},
    {"params": no_decay, "weight_decay": 0.0},
], lr=0.01)
print("groups (size, wd):", [(len(g["params"]), g["weight_decay"])
                            for g in optimizer.param_groups])
