import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(1024, 256), torch.nn.ReLU(),
                            torch.nn.Linear(256, 10))
try:  # every parameter, biases included
    torch.optim.Muon(model.parameters())
except ValueError as e:
    print("ValueError:", e)

# torch's docstring recipe: Muon for the matrices, AdamW for the rest.
matrices = [p for p in model.parameters() if p.ndim == 2]
others = [p for p in model.parameters() if p.ndim != 2]
muon = torch.optim.Muon(matrices, lr=0.02, momentum=0.95)
adamw = torch.optim.AdamW(others, lr=3e-4, weight_decay=0.01)
x, y = torch.randn(32, 1024), torch.randint(0, 10, (32,))
torch.nn.functional.cross_entropy(model(x), y).backward()
muon.step()
adamw.step()

for name, p in model.named_parameters():
    opt = muon if p.ndim == 2 else adamw
    state = opt.state[p]
    total = sum(v.numel() * v.element_size() for v in state.values())
    keys = ", ".join(f"{k} {tuple(v.shape)}" for k, v in state.items())
    print(f"{name} {tuple(p.shape)}: {type(opt).__name__}, {keys}"
          f"\n  {total / p.numel():.3f} bytes of state per value")
