import torch
from torch.optim import SGD, Adagrad, Adam, AdamW
from torch.optim.optimizer import _default_to_fused_or_foreach
from torch.utils._foreach_utils import _get_foreach_kernels_supported_devices

# What foreach=None, fused=None pick, asked of torch's own helpers.
print("foreach by default on:", _get_foreach_kernels_supported_devices())
fused, foreach = _default_to_fused_or_foreach(
    [torch.zeros(3)], differentiable=False, use_fused=False)
print(f"default for a CPU tensor: fused={fused}, foreach={foreach}\n")


def run(make, **kwargs):  # 50 steps on 4096 weights, same noise each run
    torch.manual_seed(0)
    w = torch.nn.Parameter(torch.randn(4096))
    opt = make([w], lr=0.01, **kwargs)
    for _ in range(50):
        v = w.detach()  # gradient of v**4/4 - v**2/2: only * and -, so
        w.grad = v * v * v - v + 0.1 * torch.randn(4096)  # any CPU agrees
        opt.step()
    return w.detach()


for name, make, extra in [("SGD", SGD, {}),
                          ("SGD momentum", SGD, {"momentum": 0.9}),
                          ("Adam", Adam, {}), ("AdamW", AdamW, {}),
                          ("Adagrad", Adagrad, {})]:
    loop = run(make, foreach=False, **extra)  # the single-tensor path
    for impl in ("foreach", "fused"):
        other = run(make, **{impl: True}, **extra)
        diff = (other - loop).abs().max()
        same = ("bit-identical" if torch.equal(other, loop)
                else f"max |diff| {diff:.1e}")
        print(f"{name:<12} {impl:<7} vs for-loop: {same}")
