# Needs scratch_sgd.py (shown above) in the same folder.
import torch
from scratch_sgd import SGD

w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = SGD([w], lr=0.1)


def before(optimizer, args, kwargs):  # may return (new_args, new_kwargs)
    print(f"  pre-hook:  w={w.detach()}, grad={w.grad}")


def after(optimizer, args, kwargs):
    print(f"  post-hook: w={w.detach()}")


pre = opt.register_step_pre_hook(before)
post = opt.register_step_post_hook(after)
for step in range(3):
    if step == 2:
        pre.remove()  # the handles remove the hooks again
        post.remove()
    print(f"step {step}:")
    w.grad = 2 * w.detach()  # the gradient of sum(w**2)
    opt.step()
print("final w:", w.detach())
