# Needs scratch_adagrad.py (shown above) in the same folder.
import torch
from scratch_adagrad import Adagrad

torch.manual_seed(0)
batches = torch.randint(0, 6, (20, 4))  # rows 6 and 7 are never looked up
targets = torch.randn(20, 4, 3)


def train(make, **kwargs):
    torch.manual_seed(1)
    emb = torch.nn.Embedding(8, 3, sparse=True)  # sparse gradients
    start = emb.weight.detach().clone()
    opt = make(emb.parameters(), lr=0.5, **kwargs)
    for rows, y in zip(batches, targets):
        opt.zero_grad()
        torch.nn.functional.mse_loss(emb(rows), y).backward()
        opt.step()
    moved = (emb.weight != start).any(dim=1).tolist()
    return emb.weight, opt.state[emb.weight]["sum"], moved


# torch warns once unless the sparse invariant checks are chosen: opt in
with torch.sparse.check_sparse_tensor_invariants():
    w, s, moved = train(Adagrad)
    w_ref, s_ref, _ = train(torch.optim.Adagrad)
    print("last gradient:", w.grad.layout,
          "rows", w.grad.coalesce().indices()[0].tolist(), "of 8")
    print("weights and sum bit-identical:",
          torch.equal(w, w_ref) and torch.equal(s, s_ref))
    print("rows that moved:", moved)
    for make in [Adagrad, torch.optim.Adagrad]:
        try:
            train(make, weight_decay=0.1)
        except RuntimeError as e:
            print(f"{make.__module__}, weight_decay=0.1:\n  {e}")
