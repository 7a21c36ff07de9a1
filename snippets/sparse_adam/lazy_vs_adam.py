import torch

# Rows 0 and 1 are looked up at steps 1-5, then only row 0 until step 15;
# at step 16 row 1 is back. Row 2 is never looked up. Gradient: 1 each.
for make in [torch.optim.Adam, torch.optim.SparseAdam]:
    torch.manual_seed(0)
    emb = torch.nn.Embedding(3, 1, sparse=make is torch.optim.SparseAdam)
    w = [emb.weight.detach().flatten().clone()]  # w[t]: after step t
    m = [0.0]  # row 1's exp_avg after step t
    opt = make(emb.parameters(), lr=0.1)
    for t in range(1, 17):
        rows = [0, 1] if t <= 5 or t == 16 else [0]
        opt.zero_grad()
        emb(torch.tensor(rows)).sum().backward()
        opt.step()
        w.append(emb.weight.detach().flatten().clone())
        m.append(opt.state[emb.weight]["exp_avg"][1].item())
    print(f"{make.__name__}:")
    print(f"  row 1 at steps 6-15, no gradient: moved "
          f"{(w[15][1] - w[5][1]).item():+.4f}, "
          f"exp_avg {m[5]:.4f} -> {m[15]:.4f}")
    print(f"  row 1 at step 16, gradient again: moved "
          f"{(w[16][1] - w[15][1]).item():+.4f}")
    for row, what in [(0, "looked up every step"), (2, "never looked up")]:
        print(f"  row {row}, {what}: moved "
              f"{(w[16][row] - w[0][row]).item():+.4f}")
