import math

import torch
from torch import nn

RANKS = (1, 2, 4, 8)


def transformer(width, layers):  # GPT-like sizes: embedding + blocks
    return nn.Sequential(nn.Embedding(50257, width), *[
        nn.TransformerEncoderLayer(width, width // 64, 4 * width)
        for _ in range(layers)])


def adam_state(model):  # Adam's real state after a step: {param: bytes}
    opt = torch.optim.Adam(model.parameters())
    for p in model.parameters():
        p.grad = torch.zeros_like(p)
    opt.step()  # on meta tensors: shapes and dtypes, no memory, no maths
    return {p: sum(t.nbytes for t in s.values())
            for p, s in opt.state.items()}


def per_rank(model, n):  # bytes on the busiest rank: DDP, ZeRO-1, FSDP2
    state = adam_state(model)
    pg = sum(2 * p.nbytes for p in state)  # parameters and gradients
    zero = [0] * n  # ZeroRedundancyOptimizer's partition: whole tensors,
    held = [0] * n  # largest first, each to the rank with the fewest
    for p in sorted(state, key=lambda p: p.numel(), reverse=True):
        r = zero.index(min(zero))
        zero[r] += p.numel()
        held[r] += state[p]
    fsdp = 0  # fully_shard: dim 0 cut in n chunks, rank 0 has the largest
    for p, s in state.items():
        rows = math.ceil(p.shape[0] / n)  # of p.shape[0]; step: 4 bytes
        fsdp += (2 * p.nbytes + s - 4) // p.shape[0] * rows + 4
    return pg + sum(state.values()), pg + max(held), fsdp


def size(n):
    unit = max(u for u in range(4) if n >= 1024 ** u or u == 0)
    return f"{n / 1024 ** unit:.1f} {['B', 'KiB', 'MiB', 'GiB'][unit]}"


torch.manual_seed(0)
models = {"MLP": nn.Sequential(
    nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(),
    nn.Linear(32, 4))}
with torch.device("meta"):  # shapes only: nothing is allocated
    models["12 blocks x 768"] = transformer(768, 12)  # GPT-2 small
    models["24 blocks x 2048"] = transformer(2048, 24)
print(f"{'model':22}{'ranks':7}" + "".join(f"{n:>10}" for n in RANKS))
for name, model in models.items():
    numel = sum(p.numel() for p in model.parameters())
    labels = [name, f"{numel:,} params", ""]
    for label, row in zip(("DDP", "ZeRO-1", "FSDP2"),
                          zip(*(per_rank(model, n) for n in RANKS))):
        print(f"{labels.pop(0):22}{label:7}" +
              "".join(f"{size(b):>10}" for b in row))
