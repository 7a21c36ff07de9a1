import torch

torch.manual_seed(0)
decoupled = {
    "AdamW(weight_decay=0.1)":
        lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1),
    "Adam(weight_decay=0.1, decoupled_weight_decay=True)":
        lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1,
                                   decoupled_weight_decay=True),
}
for name, make in decoupled.items():
    w = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
    optimizer = make([w])  # decay is applied to the weight itself
    for _ in range(100):
        optimizer.zero_grad()
        w.grad = torch.tensor([10.0, 0.0])
        optimizer.step()
    print(f"{name}: w[1] = {w[1].item():.4f} after 100 steps")
print(f"expected from decay lr*wd per step: {(1 - 0.01 * 0.1) ** 100:.4f}")
