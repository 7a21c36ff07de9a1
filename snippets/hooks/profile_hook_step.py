import os

import torch
from torch.profiler import profile

os.environ["KINETO_LOG_LEVEL"] = "6"  # kineto: no start/stop lines on stderr

w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = torch.optim.SGD([w], lr=0.1)
# SGD() wrapped SGD.step with profile_hook_step (once for the class).
print("SGD.step is wrapped:", getattr(torch.optim.SGD.step, "hooked", False))


@torch.no_grad()
def sign_step(optimizer):  # a hand-written update; first arg: optimizer
    for group in optimizer.param_groups:
        for p in group["params"]:
            p.add_(p.grad.sign(), alpha=-group["lr"])


sign_step = torch.optim.Optimizer.profile_hook_step(sign_step)  # by hand


opt.register_step_pre_hook(lambda o, a, k: print("  pre-hook ran"))
opt.register_step_post_hook(lambda o, a, k: print("  post-hook ran"))
w.grad = torch.tensor([0.3, -5.0])
with profile() as prof:
    print("sign_step(opt):")
    sign_step(opt)
labels = [e.name for e in prof.events() if e.name.startswith("Optimizer.")]
print("profiler label:", labels)
print("w:", w.detach())
