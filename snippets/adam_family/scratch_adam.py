# scratch_adam.py: save this file; the scripts below import Adam and AdamW.
import torch


class Adam(torch.optim.Optimizer):
    """torch.optim.Adam, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, amsgrad=False, *, maximize=False,
                 decoupled_weight_decay=False):
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay, amsgrad=amsgrad,
                        maximize=maximize,
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
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                    if group["amsgrad"]:
                        state["max_exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"].item()
                if wd != 0 and group["decoupled_weight_decay"]:
                    p.mul_(1 - lr * wd)
                elif wd != 0:
                    g = g.add(p, alpha=wd)
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m.lerp_(g, 1 - beta1)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                if group["amsgrad"]:
                    v_max = state["max_exp_avg_sq"]
                    v = torch.maximum(v_max, v, out=v_max)
                bias_correction1 = 1 - beta1**t
                bias_correction2 = 1 - beta2**t
                denom = (v.sqrt() / bias_correction2**0.5).add_(eps)
                p.addcdiv_(m, denom, value=-lr / bias_correction1)
        return loss


class AdamW(Adam):
    """Adam with decoupled weight decay, and 1e-2 of it by default."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=1e-2, amsgrad=False, *, maximize=False):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad,
                         maximize=maximize, decoupled_weight_decay=True)
