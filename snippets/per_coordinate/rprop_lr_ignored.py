# A scheduler changes group["lr"]; Rprop reads lr once, on its first step.
import torch

torch.manual_seed(0)
x, y = torch.randn(32, 3), torch.randn(32, 1)


def train(schedule):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.Rprop(model.parameters(), lr=0.01)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.1)
    for _ in range(20):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
        if schedule:
            sched.step()  # lr times 0.1 after every step
    return opt.param_groups[0]["lr"], model.weight.detach()


lr, w = train(schedule=False)
lr_sched, w_sched = train(schedule=True)
print(f"group lr after 20 steps: {lr:g} without the scheduler, "
      f"{lr_sched:.0e} with it")
print("weights bit-identical:", torch.equal(w, w_sched))
