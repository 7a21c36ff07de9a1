# scratch_adadelta.py: save this file; the scripts below import Adadelta.
import torch


class Adadelta(torch.optim.Optimizer):
    """torch.optim.Adadelta, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0,
                 *, maximize=False):
        defaults = dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay,
                        maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, rho, eps = group["lr"], group["rho"], group["eps"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["square_avg"] = torch.zeros_like(p)  # E[g^2]
                    state["acc_delta"] = torch.zeros_like(p)  # E[dx^2]
                state["step"] += 1  # counted, never used by the rule
                g = -p.grad if group["maximize"] else p.grad
                if group["weight_decay"] != 0:
                    g = g.add(p, alpha=group["weight_decay"])
                v, u = state["square_avg"], state["acc_delta"]
                v.mul_(rho).addcmul_(g, g, value=1 - rho)
                std = v.add(eps).sqrt_()
                delta = u.add(eps).sqrt_()
                # RMS[dx]_{t-1} / RMS[g]_t * g: the step before any lr
                delta.div_(std).mul_(g)
                u.mul_(rho).addcmul_(delta, delta, value=1 - rho)
                # torch's lr scales the step outside the two averages
                p.add_(delta, alpha=-lr)
        return loss
