# Needs scratch_lbfgs.py and scratch_strong_wolfe.py (shown above).
import torch
from scratch_lbfgs import LBFGS


def same(a, b):  # tensors bit for bit, lists item by item, numbers by ==
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return type(a) is type(b) and torch.equal(a, b)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return type(a) is type(b) and a == b


def train(make, **kwargs):
    torch.manual_seed(0)  # the same weights and data for both
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1)).double()
    # float64: 100 iterations amplify float32 rounding, which varies by CPU
    x, y = (torch.randn(64, n, dtype=torch.float64) for n in (3, 1))
    opt = make(model.parameters(), history_size=5, **kwargs)

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        return loss
    losses = [opt.step(closure).item() for _ in range(2)]
    params = list(model.parameters())
    return params, losses, opt.state[params[0]]


for kwargs in [{}, {"line_search_fn": "strong_wolfe"}]:
    (p1, l1, s1), (p2, l2, s2) = (train(LBFGS, **kwargs),
                                  train(torch.optim.LBFGS, **kwargs))
    print(f"LBFGS({kwargs}): losses {l2[0]:.4f}, {l2[1]:.4f}")
    print(f"  closure calls: {s2['func_evals']}, iterations: {s2['n_iter']}")
    print("  weights, losses bit-identical:", same(p1, p2) and l1 == l2)
    print(f"  all {len(s2)} state entries identical:", list(s1) == list(s2)
          and all(same(s1[k], s2[k]) for k in s2))
