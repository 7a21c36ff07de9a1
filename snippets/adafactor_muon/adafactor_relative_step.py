import torch

# One gradient, three weight scales. Adafactor's step is lr times
# max(eps2, RMS(weight)), eps2 = 1e-3; Adam's is about lr whatever the weight.
torch.manual_seed(0)
g = torch.randn(64, 32)
start = torch.randn(64, 32)


def rms(t):
    return t.pow(2).mean().sqrt().item()


for scale in [1.0, 0.01, 0.0]:
    line = f"RMS(weight) = {rms(scale * start):.4f}:"
    for make in (torch.optim.Adafactor, torch.optim.Adam):
        w = torch.nn.Parameter(scale * start)
        opt = make([w], lr=1e-2)
        w.grad = g.clone()
        opt.step()
        line += f"  {make.__name__} step RMS {rms(w - scale * start):.2e}"
    print(line)
