import torch

torch.manual_seed(0)
for sparse, make in [(False, torch.optim.SparseAdam),
                     (True, torch.optim.Adam)]:
    emb = torch.nn.Embedding(10, 4, sparse=sparse)
    opt = make(emb.parameters())
    emb(torch.tensor([1, 2])).sum().backward()
    try:
        opt.step()
    except RuntimeError as e:
        print(f"{make.__name__}, Embedding(sparse={sparse}):\n"
              f"  RuntimeError: {e}")
