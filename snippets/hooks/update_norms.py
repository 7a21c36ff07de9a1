import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(),
                            torch.nn.Linear(8, 1))
opt = torch.optim.Adam(model.named_parameters(), lr=0.01)
x, y = torch.randn(32, 4), torch.randn(32, 1)
before = {}


def snapshot(optimizer, args, kwargs):  # runs just before step()
    for group in optimizer.param_groups:
        for p in group["params"]:
            before[p] = p.detach().clone()


def log_update_norms(optimizer, args, kwargs):  # runs just after step()
    for group in optimizer.param_groups:
        norms = [f"{name} {(p.detach() - before[p]).norm():.4f}"
                 for name, p in zip(group["param_names"], group["params"])]
        print("  |update|:", ", ".join(norms))


opt.register_step_pre_hook(snapshot)
opt.register_step_post_hook(log_update_norms)
for step in range(3):
    print(f"step {step}")
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(x), y).backward()
    opt.step()
