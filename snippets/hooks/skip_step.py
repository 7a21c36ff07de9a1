import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)


def skip_if_not_finite(optimizer, args, kwargs):
    grads = [p.grad for g in optimizer.param_groups for p in g["params"]
             if p.grad is not None]
    if not all(torch.isfinite(g).all() for g in grads):
        print("  pre-hook: non-finite gradient, skipping this step")
        for group in optimizer.param_groups:
            for p in group["params"]:
                p.grad = None  # step() leaves params without a grad alone


opt.register_step_pre_hook(skip_if_not_finite)
x = torch.randn(4, 3)
for step, scale in enumerate([1.0, float("inf"), 1.0]):
    opt.zero_grad()
    (scale * model(x)).sum().backward()
    w = model.weight.detach().clone()
    opt.step()
    moved = not torch.equal(w, model.weight)
    count = opt.state[model.weight]["step"].item()
    print(f"step {step}: weights moved {moved}, Adam step count {count:.0f}")
