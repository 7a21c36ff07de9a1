import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.randn(4, 3)).sum().backward()
opt.step()


def refuse_non_finite(optimizer):  # before state_dict() reads the state
    for state in optimizer.state.values():
        for key, value in state.items():
            if torch.is_tensor(value) and not value.isfinite().all():
                raise RuntimeError(f"not saving: {key} is not finite")


opt.register_state_dict_pre_hook(refuse_non_finite)
torch.save(opt.state_dict(), "good.pt")
opt.state[model.weight]["exp_avg_sq"][0, 0] = float("nan")  # corrupted
try:
    torch.save(opt.state_dict(), "bad.pt")
except RuntimeError as err:
    print(err)

# Fine-tuning from the checkpoint with a new lr: load_state_dict() puts
# back the saved lr (0.1), so a post-hook sets the new one again.
new_lr = 0.01
fine = torch.optim.Adam(model.parameters(), lr=new_lr)
fine.load_state_dict(torch.load("good.pt"))
print("lr after a plain load:", fine.param_groups[0]["lr"])


def reapply_lr(optimizer):  # after load_state_dict() has finished
    for group in optimizer.param_groups:
        group["lr"] = new_lr


fine.register_load_state_dict_post_hook(reapply_lr)
fine.load_state_dict(torch.load("good.pt"))
print("lr with the post-hook:", fine.param_groups[0]["lr"],
      "| state loaded:", fine.state[model.weight]["step"].item())
