import copy

import torch
from torch.func import functional_call

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for _ in range(2):  # some training, so the optimizer has state
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(x), y).backward()
    opt.step()
ref_model, ref_opt = copy.deepcopy((model, opt))  # to check against

# A trial step on other tensors, from a deep copy of the state, lr 0.5.
trial = {n: p.detach().clone().requires_grad_()
         for n, p in model.named_parameters()}
trial_state = copy.deepcopy(opt.state_dict())
trial_state["param_groups"][0]["lr"] = 0.5
torch.nn.functional.mse_loss(functional_call(model, trial, x), y).backward()
with torch.optim.swap_in_optimizer_params_and_state(opt, trial, trial_state):
    print("inside: lr", opt.param_groups[0]["lr"], "| steps the trial "
          "tensors:", opt.param_groups[0]["params"][0] is trial["weight"])
    opt.step()
print("after: lr", opt.param_groups[0]["lr"], "| step count: live",
      opt.state[model.weight]["step"].item(), "trial",
      trial_state["state"][0]["step"].item())

# The same step, the ordinary way, on the copy made before the trial.
print("live weights untouched:", torch.equal(model.weight, ref_model.weight))
for p, t in zip(ref_model.parameters(), trial.values()):
    p.grad = t.grad
ref_opt.param_groups[0]["lr"] = 0.5
ref_opt.step()
print("trial step == ordinary step:",
      torch.equal(trial["weight"], ref_model.weight))
