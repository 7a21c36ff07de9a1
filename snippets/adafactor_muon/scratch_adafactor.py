# scratch_adafactor.py: save this file; the scripts below import Adafactor.
import torch


class Adafactor(torch.optim.Optimizer):
    """torch.optim.Adafactor, one parameter at a time, equation by line."""

    def __init__(self, params, lr=1e-2, beta2_decay=-0.8, eps=(None, 1e-3),
                 d=1.0, weight_decay=0.0, *, maximize=False):
        defaults = dict(lr=lr, beta2_decay=beta2_decay, eps=eps, d=d,
                        weight_decay=weight_decay, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, wd, d = group["lr"], group["weight_decay"], group["d"]
            eps1, eps2 = group["eps"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                if eps1 is None:  # set once per group, by its first param
                    eps1 = torch.finfo(p.dtype).eps
                state = self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["step"] = torch.tensor(0.0)
                    if g.dim() > 1:  # one number per row and per column
                        state["row_var"] = g.new_zeros(*g.shape[:-1], 1)
                        col_shape = (*g.shape[:-2], 1, g.shape[-1])
                        state["col_var"] = g.new_zeros(col_shape)
                    else:  # a vector keeps a full second moment
                        state["variance"] = torch.zeros_like(g)
                state["step"] += 1
                t = state["step"].item()
                # w = 1 - beta2_t: 1 at t = 1, then falling as t^beta2_decay
                w = t ** group["beta2_decay"]
                rho = min(lr, 1 / t**0.5)
                rms_p = p.norm(2).item() / p.numel() ** 0.5
                alpha = max(eps2, rms_p) * rho
                if wd != 0:
                    p.mul_(1 - lr * wd)
                if g.dim() > 1:
                    r, c = state["row_var"], state["col_var"]
                    g2_row = g.norm(dim=-1, keepdim=True).square_()
                    r.lerp_(g2_row.div_(g.size(-1)), w)
                    g2_col = g.norm(dim=-2, keepdim=True).square_()
                    c.lerp_(g2_col.div_(g.size(-2)), w)
                    # rank one: row means times column means over their mean
                    v = r @ c
                    v.div_(r.mean(dim=-2, keepdim=True).clamp_(min=eps1))
                else:
                    state["variance"].lerp_(g * g, w)
                    v = state["variance"].clone()
                u = v.clamp_(min=eps1 * eps1).rsqrt_().mul_(g)
                clip = max(1.0, u.norm(2).item() / (u.numel() ** 0.5 * d))
                p.add_(u, alpha=-alpha / clip)
        return loss
