# scratch_sgd.py: save this file; the scripts below import SGD from it.
import torch


class SGD(torch.optim.Optimizer):
    """torch.optim.SGD, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-3, momentum=0, dampening=0,
                 weight_decay=0, nesterov=False, *, maximize=False):
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov needs momentum and zero dampening")
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening,
                        weight_decay=weight_decay, nesterov=nesterov,
                        maximize=maximize)
        super().__init__(params, defaults)  # builds self.param_groups

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, mu, tau = group["lr"], group["momentum"], group["dampening"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                if group["weight_decay"] != 0:
                    g = g.add(p, alpha=group["weight_decay"])
                if mu != 0:
                    state = self.state[p]  # {} until we fill it
                    if "momentum_buffer" not in state:
                        state["momentum_buffer"] = g.clone()
                    else:
                        b = state["momentum_buffer"]
                        b.mul_(mu).add_(g, alpha=1 - tau)
                    b = state["momentum_buffer"]
                    g = g.add(b, alpha=mu) if group["nesterov"] else b
                p.add_(g, alpha=-lr)
        return loss
