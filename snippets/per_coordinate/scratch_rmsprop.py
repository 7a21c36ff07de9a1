# scratch_rmsprop.py: save this file; the scripts below import RMSprop.
import torch


class RMSprop(torch.optim.Optimizer):
    """torch.optim.RMSprop, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0,
                 momentum=0, centered=False, *, maximize=False):
        defaults = dict(lr=lr, alpha=alpha, eps=eps,
                        weight_decay=weight_decay, momentum=momentum,
                        centered=centered, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, alpha, eps = group["lr"], group["alpha"], group["eps"]
            mu = group["momentum"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["square_avg"] = torch.zeros_like(p)
                    if mu > 0:
                        state["momentum_buffer"] = torch.zeros_like(p)
                    if group["centered"]:
                        state["grad_avg"] = torch.zeros_like(p)
                state["step"] += 1
                if group["weight_decay"] != 0:
                    g = g.add(p, alpha=group["weight_decay"])
                v = state["square_avg"]
                v.mul_(alpha).addcmul_(g, g, value=1 - alpha)
                if group["centered"]:
                    g_avg = state["grad_avg"].lerp_(g, 1 - alpha)
                    var = v.addcmul(g_avg, g_avg, value=-1)
                    denom = var.sqrt_().add_(eps)
                else:
                    denom = v.sqrt().add_(eps)
                if mu > 0:
                    b = state["momentum_buffer"]
                    b.mul_(mu).addcdiv_(g, denom)
                    p.add_(b, alpha=-lr)
                else:
                    p.addcdiv_(g, denom, value=-lr)
        return loss
