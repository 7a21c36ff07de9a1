# Needs scratch_sparse_adam.py (shown above) in the same folder.
import torch
from scratch_sparse_adam import SparseAdam

torch.manual_seed(0)  # 60 batches; each looks up a few of the rows
ids = [torch.randint(0, 40, (8, 2)) for _ in range(60)]
ys = [torch.randn(8, 4) for _ in range(60)]


def train(make, **kwargs):
    torch.manual_seed(1)  # the same initial tables every time
    words = torch.nn.Embedding(40, 4, sparse=True)
    tags = torch.nn.Embedding(10, 4, sparse=True)
    groups = [{"params": words.parameters()},
              {"params": tags.parameters(), "lr": 5e-3}]
    opt = make(groups, lr=1e-2, **kwargs)
    for i, y in zip(ids, ys):
        opt.zero_grad()
        out = words(i).sum(1) + tags(i % 10).sum(1)
        torch.nn.functional.mse_loss(out, y).backward()
        opt.step()
    state = [v for s in opt.state.values() for v in s.values()]
    return [words.weight, tags.weight] + state


for kwargs in [{}, {"maximize": True, "betas": (0.8, 0.99)}]:
    ours, ref = train(SparseAdam, **kwargs), train(torch.optim.SparseAdam,
                                                   **kwargs)
    diff = max((a - b).abs().max().item() for a, b in zip(ours[:2], ref))
    same = all(torch.equal(torch.as_tensor(a), torch.as_tensor(b))
               for a, b in zip(ours, ref, strict=True))
    print(f"SparseAdam({kwargs}):\n  max |ours - torch| = {diff}, "
          f"{len(ours)} weights and state entries bit-identical: {same}")
