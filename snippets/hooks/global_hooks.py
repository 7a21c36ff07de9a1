import collections

import torch
from torch.optim.optimizer import (register_optimizer_step_post_hook,
                                   register_optimizer_step_pre_hook)

steps = collections.Counter()


def count_steps(optimizer, args, kwargs):  # sees every optimizer
    steps[type(optimizer).__name__] += 1


def say(text):
    return lambda optimizer, args, kwargs: print("  " + text)


# A GAN-like loop: two models, two optimizers, one counter for both.
g, d = torch.nn.Linear(2, 2), torch.nn.Linear(2, 1)
opt_g = torch.optim.Adam(g.parameters())
opt_d = torch.optim.SGD(d.parameters(), lr=0.1)
handles = [register_optimizer_step_post_hook(count_steps)]
try:
    for _ in range(3):
        opt_g.zero_grad()
        opt_d.zero_grad()
        d(g(torch.randn(4, 2))).mean().backward()
        opt_d.step()
        opt_g.step()
    print("steps counted by the global hook:", dict(steps))
    # the order in which step() calls the four kinds of hooks
    handles.append(register_optimizer_step_pre_hook(say("global pre")))
    handles.append(register_optimizer_step_post_hook(say("global post")))
    opt_d.register_step_pre_hook(say("opt_d pre"))
    opt_d.register_step_post_hook(say("opt_d post"))
    print("opt_d.step():")
    opt_d.step()
finally:  # global hooks outlive the loop: remove them
    for handle in handles:
        handle.remove()
