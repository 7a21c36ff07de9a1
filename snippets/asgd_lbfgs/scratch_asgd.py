# scratch_asgd.py: save this file; the scripts below import ASGD from it.
import torch


class ASGD(torch.optim.Optimizer):
    """torch.optim.ASGD, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6,
                 weight_decay=0, *, maximize=False):
        defaults = dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0,
                        weight_decay=weight_decay, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, lambd, alpha = group["lr"], group["lambd"], group["alpha"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["eta"] = torch.tensor(float(lr))  # eta_1 = lr
                    state["mu"] = torch.tensor(1.0)
                    state["ax"] = torch.zeros_like(p)  # the average
                state["step"] += 1
                t = state["step"].item()
                if group["weight_decay"] != 0:
                    g = g.add(p, alpha=group["weight_decay"])
                eta, mu = state["eta"].item(), state["mu"]
                # the decay term, always on, then a plain SGD step
                p.mul_(1 - lambd * eta)
                p.add_(g, alpha=-eta)
                ax = state["ax"]
                if mu.item() != 1:  # a running mean of the iterates
                    ax.add_(p.sub(ax).mul_(mu))
                else:  # not averaging yet: ax is a copy of p
                    ax.copy_(p)
                # eta and mu for the next step; ax never goes back into p
                state["eta"].fill_(lr / (1 + lambd * lr * t) ** alpha)
                state["mu"].fill_(1 / max(1, t - group["t0"]))
        return loss
