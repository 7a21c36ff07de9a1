# scratch_nadam.py: save this file; the scripts below import NAdam.
import torch


class NAdam(torch.optim.Optimizer):
    """torch.optim.NAdam: Adam with a Nesterov look-ahead on m."""

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, momentum_decay=4e-3,
                 decoupled_weight_decay=False, *, maximize=False):
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay,
                        momentum_decay=momentum_decay,
                        decoupled_weight_decay=decoupled_weight_decay,
                        maximize=maximize)
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
            psi = group["momentum_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["mu_product"] = torch.tensor(1.0)
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"].item()
                if wd != 0 and group["decoupled_weight_decay"]:
                    p.mul_(1 - lr * wd)
                elif wd != 0:
                    g = g.add(p, alpha=wd)
                mu = beta1 * (1.0 - 0.5 * 0.96 ** (t * psi))
                mu_next = beta1 * (1.0 - 0.5 * 0.96 ** ((t + 1) * psi))
                state["mu_product"] *= mu
                prod = state["mu_product"].item()  # mu_1 ... mu_t
                prod_next = prod * mu_next  # mu_1 ... mu_{t+1}
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m.lerp_(g, 1 - beta1)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                denom = v.div(1 - beta2**t).sqrt().add_(eps)
                p.addcdiv_(g, denom, value=-lr * (1 - mu) / (1 - prod))
                p.addcdiv_(m, denom, value=-lr * mu_next / (1 - prod_next))
        return loss
