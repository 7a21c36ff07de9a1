import torch

# Two schedules: beta2_t = 1 - t^beta2_decay rises towards 1, and the
# relative step rho_t = min(lr, 1/sqrt(t)) stays at lr until t = 1/lr^2.
lr, beta2_decay = 1e-2, -0.8  # torch's defaults
for t in [1, 2, 10, 100, 10_000, 40_000]:
    print(f"t={t:>6}: beta2_t = {1 - t**beta2_decay:.4f},"
          f" rho_t = {min(lr, 1 / t**0.5):.4f}")

# At t=1, beta2_t = 0: the average is the first squared gradient itself,
# so it needs no bias correction. Real optimizer, a vector parameter:
torch.manual_seed(0)
b = torch.nn.Parameter(torch.randn(5))
b.grad = torch.randn(5)
opt = torch.optim.Adafactor([b], lr=lr, beta2_decay=beta2_decay)
opt.step()
v = opt.state[b]["variance"]
print("variance == grad**2 after step 1:", torch.equal(v, b.grad**2))
