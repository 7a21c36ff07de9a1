import torch

# A 5-row table; one lookup reads rows 1, 3 and 1 again.
torch.manual_seed(0)
emb = torch.nn.Embedding(5, 2, sparse=True)
emb(torch.tensor([1, 3, 1])).sum().backward()
g = emb.weight.grad
print("sparse=True:", g)
c = g.coalesce()  # what SparseAdam does first: one entry per row
print("coalesced: rows", c.indices().tolist(), "values", c.values().tolist())

dense = torch.nn.Embedding(5, 2)  # sparse=False, the default
dense(torch.tensor([1, 3, 1])).sum().backward()
print("sparse=False:", dense.weight.grad)
