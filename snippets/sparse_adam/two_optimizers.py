import torch

# An embedding with sparse gradients, then dense layers: two optimizers.
torch.manual_seed(0)
emb = torch.nn.Embedding(1000, 8, sparse=True)
head = torch.nn.Linear(8, 1)
opts = [torch.optim.SparseAdam(emb.parameters(), lr=1e-2),
        torch.optim.Adam(head.parameters(), lr=1e-2)]
ids, y = torch.randint(0, 1000, (32, 5)), torch.randn(32, 1)
for step in range(100):
    for opt in opts:
        opt.zero_grad()
    loss = torch.nn.functional.mse_loss(head(emb(ids).mean(1)), y)
    loss.backward()
    for opt in opts:
        opt.step()
    if step in (0, 99):
        print(f"step {step + 1}: loss {loss.item():.4f}")
print("grad layouts:", emb.weight.grad.layout, head.weight.grad.layout)
rows = emb.weight.grad.coalesce().indices().numel()
print(f"rows in the last embedding gradient: {rows} of 1000")
