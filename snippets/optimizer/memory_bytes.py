import torch
from torch import nn


def nbytes(tensors):
    return sum(t.numel() * t.element_size() for t in tensors)


configs = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "Adam": lambda p: torch.optim.Adam(p),
    "Adam amsgrad": lambda p: torch.optim.Adam(p, amsgrad=True),
}
print(f"{'bytes':13}{'weights':>8}{'grads':>8}{'state':>8}  total/weights")
for name, make in configs.items():
    torch.manual_seed(0)
    net = nn.Linear(100, 10)  # 1010 float32 numbers
    opt = make(net.parameters())
    net(torch.randn(4, 100)).sum().backward()
    opt.step()
    w = nbytes(net.parameters())
    g = nbytes(p.grad for p in net.parameters())
    s = nbytes(t for st in opt.state.values() for t in st.values())
    print(f"{name:13}{w:8}{g:8}{s:8}  {(w + g + s) / w:.3f}")

state = opt.state[net.weight]  # the last one: Adam with amsgrad
print("its state for the weight:")
print({k: tuple(t.shape) for k, t in state.items()})
