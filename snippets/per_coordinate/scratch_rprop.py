# scratch_rprop.py: save this file; the scripts below import Rprop.
import torch


class Rprop(torch.optim.Optimizer):
    """torch.optim.Rprop, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2),
                 step_sizes=(1e-6, 50), *, maximize=False):
        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes,
                        maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            eta_minus, eta_plus = group["etas"]
            size_min, size_max = group["step_sizes"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["prev"] = torch.zeros_like(p)
                    # every weight starts with step size lr; lr is not
                    # read again, so changing it later does nothing
                    state["step_size"] = torch.full_like(p, group["lr"])
                state["step"] += 1  # counted, never used by the rule
                g = -p.grad if group["maximize"] else p.grad
                prev, size = state["prev"], state["step_size"]
                # +1: same sign as last time, -1: it flipped, 0: a zero
                agree = g.mul(prev).sign()
                eta = torch.ones_like(agree)
                eta[agree > 0] = eta_plus
                eta[agree < 0] = eta_minus
                size.mul_(eta).clamp_(size_min, size_max)
                # iRprop-: where it flipped, no step now, and prev = 0,
                # so that the step size is left alone next time
                g = g.masked_fill(agree < 0, 0)
                p.addcmul_(g.sign(), size, value=-1)
                prev.copy_(g)
        return loss
