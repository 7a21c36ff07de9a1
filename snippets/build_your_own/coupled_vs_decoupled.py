import torch

# Two weights start at 1.0. The loss ignores the first (gradient 0); the second has gradient 1.
# 100 steps at lr=0.01. "pulled" = final weight minus the final weight with weight_decay=0.
grads = torch.tensor([0.0, 1.0])


def final(make, **kwargs):
    w = torch.nn.Parameter(torch.ones(2))
    opt = make([w], lr=0.01, **kwargs)
    for _ in range(100):
        w.grad = grads.clone()
        opt.step()
    return w.detach()


variants = {"Adam (coupled)": (torch.optim.Adam, {}),
            "AdamW": (torch.optim.AdamW, {}),
            "Adam(decoupled_weight_decay=True)": (torch.optim.Adam, {"decoupled_weight_decay": True})}
for name, (make, extra) in variants.items():
    print(name)
    for wd in (0.1, 0.001):
        pulled = final(make, weight_decay=wd, **extra) - final(make, weight_decay=0.0, **extra)
        print(f"  weight_decay={wd:<5}  pulled: ignored weight {pulled[0]:+.4f}, "
              f"trained weight {pulled[1]:+.4f}")
same = torch.equal(final(torch.optim.AdamW, weight_decay=0.1),
                   final(torch.optim.Adam, weight_decay=0.1, decoupled_weight_decay=True))
print("AdamW and Adam(decoupled_weight_decay=True) bit-identical:", same)
