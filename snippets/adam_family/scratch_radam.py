# scratch_radam.py: save this file; the scripts below import RAdam.
import torch


class RAdam(torch.optim.Optimizer):
    """torch.optim.RAdam: Adam that waits until v can be trusted."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, decoupled_weight_decay=False, *,
                 maximize=False):
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay, maximize=maximize,
                        decoupled_weight_decay=decoupled_weight_decay)
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
            # rho: the length of the average in v (rho_inf: at t = inf)
            rho_inf = 2 / (1 - beta2) - 1
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"].item()
                if wd != 0 and group["decoupled_weight_decay"]:
                    p.mul_(1 - lr * wd)
                elif wd != 0:
                    g = g.add(p, alpha=wd)
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m.lerp_(g, 1 - beta1)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                bc1, bc2 = 1 - beta1**t, 1 - beta2**t
                m_hat = m / bc1
                rho = rho_inf - 2 * t * beta2**t / bc2
                if rho > 5.0:
                    # v is trusted: an adaptive step, scaled down by r
                    num = (rho - 4) * (rho - 2) * rho_inf
                    den = (rho_inf - 4) * (rho_inf - 2) * rho
                    r = (num / den) ** 0.5
                    adaptive = bc2**0.5 / v.sqrt().add_(eps)
                    p.add_(m_hat * lr * adaptive * r, alpha=-1.0)
                else:
                    # too few steps to trust v: momentum SGD on m_hat
                    p.add_(m_hat * lr, alpha=-1.0)
        return loss
