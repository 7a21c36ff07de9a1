import torch

# Three parameters as a network has them, one step each, the real classes.
torch.manual_seed(0)
params = {"Linear(1024, 256).weight": torch.randn(256, 1024),
          "Linear(1024, 256).bias": torch.randn(256),
          "Conv2d(16, 32, 3).weight": torch.randn(32, 16, 3, 3)}


def nbytes(t):
    return t.numel() * t.element_size()


for name, value in params.items():
    print(f"{name} {tuple(value.shape)}: {value.numel()} values")
    for make in (torch.optim.Adafactor, torch.optim.Adam):
        p = torch.nn.Parameter(value.clone())
        p.grad = torch.randn_like(p)
        opt = make([p])
        opt.step()
        state = opt.state[p]
        shapes = ", ".join(f"{k} {tuple(v.shape)}" for k, v in state.items())
        total = sum(nbytes(v) for v in state.values())
        print(f"  {make.__name__:9} {shapes}\n  {'':9} {total} bytes,"
              f" {total / p.numel():.3f} per value")
