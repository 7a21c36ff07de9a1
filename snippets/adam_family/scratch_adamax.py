# scratch_adamax.py: save this file; the scripts below import Adamax.
import torch


class Adamax(torch.optim.Optimizer):
    """torch.optim.Adamax: Adam with an infinity norm in place of v."""

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, *, maximize=False):
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, (beta1, beta2) = group["lr"], group["betas"]
            eps, wd = group["eps"], group["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_inf"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"].item()
                if wd != 0:
                    g = g.add(p, alpha=wd)
                m, u = state["exp_avg"], state["exp_inf"]
                m.lerp_(g, 1 - beta1)
                torch.maximum(u.mul_(beta2), g.abs().add_(eps), out=u)
                # bias correction for m only: u has no zero-start bias
                clr = lr / (1 - beta1**t)
                p.addcdiv_(m, u, value=-clr)
        return loss
