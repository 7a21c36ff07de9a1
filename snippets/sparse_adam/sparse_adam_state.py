import torch

# A 1000 x 16 table; one step on a batch that reads rows 3, 7 and 3.
torch.manual_seed(0)
emb = torch.nn.Embedding(1000, 16, sparse=True)
opt = torch.optim.SparseAdam(emb.parameters())
emb(torch.tensor([3, 7, 3])).sum().backward()
g = emb.weight.grad.coalesce()
grad_bytes = sum(t.numel() * t.element_size()
                 for t in (g.indices(), g.values()))
print(f"gradient: rows {g.indices()[0].tolist()}, {grad_bytes} bytes "
      f"(a dense one: {emb.weight.numel() * 4})")
opt.step()
state = opt.state[emb.weight]
for name, value in state.items():
    if torch.is_tensor(value):
        rows = value.any(dim=1).nonzero().flatten().tolist()
        print(f"{name}: {tuple(value.shape)} {value.dtype}, "
              f"non-zero rows {rows}")
    else:
        print(f"{name}: {value!r} ({type(value).__name__})")
n_bytes = sum(v.numel() * v.element_size() for v in state.values()
              if torch.is_tensor(v))
print(f"state bytes per parameter: {n_bytes / emb.weight.numel()}")
