import torch

# Two weights start at 1.0. The loss ignores the first (gradient 0); the
# second has gradient 1. 100 steps at lr=0.01. "pulled" is the final weight
# minus the final weight of the same run with weight_decay=0.
grads = torch.tensor([0.0, 1.0])


def final(make, **kwargs):
    w = torch.nn.Parameter(torch.ones(2))
    opt = make([w], lr=0.01, **kwargs)
    for _ in range(100):
        w.grad = grads.clone()
        opt.step()
    return w.detach()


Adam, AdamW = torch.optim.Adam, torch.optim.AdamW
for name, make, extra in [("Adam (coupled)", Adam, {}), ("AdamW", AdamW, {}),
                          ("Adam(decoupled_weight_decay=True)", Adam,
                           {"decoupled_weight_decay": True})]:
    print(name)
    for wd in (0.1, 0.001):
        pulled = (final(make, weight_decay=wd, **extra)
                  - final(make, weight_decay=0.0, **extra))
        print(f"  weight_decay={wd:<5}  pulled: ignored {pulled[0]:+.4f},"
              f" trained {pulled[1]:+.4f}")
same = torch.equal(final(AdamW, weight_decay=0.1),
                   final(Adam, weight_decay=0.1, decoupled_weight_decay=True))
print("AdamW == Adam(decoupled_weight_decay=True), bit for bit:", same)
