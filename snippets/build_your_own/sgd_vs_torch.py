# Needs scratch_sgd.py (shown above) in the same folder.
import torch
from scratch_sgd import SGD

torch.manual_seed(0)
x, y = torch.randn(64, 3), torch.randn(64, 1)
kwargs = dict(lr=0.05, momentum=0.9, weight_decay=1e-3, nesterov=True)
runs = []
for make in (SGD, torch.optim.SGD):
    torch.manual_seed(1)  # the same initial weights for both
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                torch.nn.Linear(8, 1))
    opt = make([{"params": model[0].parameters()},
                {"params": model[2].parameters(), "lr": 0.01}], **kwargs)
    for _ in range(100):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    runs.append((list(model.parameters()), opt, loss.item()))
(ours, ours_opt, ours_loss), (ref, ref_opt, ref_loss) = runs
print(f"loss after 100 steps: ours {ours_loss:.6f}, torch {ref_loss:.6f}")
print("weights bit-identical:",
      all(torch.equal(a, b) for a, b in zip(ours, ref)))
buffers = [(ours_opt.state[a]["momentum_buffer"],
            ref_opt.state[b]["momentum_buffer"]) for a, b in zip(ours, ref)]
print("momentum buffers bit-identical:",
      all(torch.equal(a, b) for a, b in buffers))
