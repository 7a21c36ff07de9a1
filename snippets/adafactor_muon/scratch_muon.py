# scratch_muon.py: save this file; the scripts below import Muon.
import math

import torch


def newton_schulz(G, abc, steps, eps):
    """About U V^T for G = U S V^T; in bfloat16, like torch."""
    a, b, c = abc
    # bfloat16 whatever the parameter's dtype; a tall G is transposed
    X = G.bfloat16()
    if G.size(0) > G.size(1):
        X = X.T
    # ||X||_F = 1, so every singular value is at most 1
    X.div_(X.norm().clamp(min=eps))
    for _ in range(steps):  # each s becomes a*s + b*s^3 + c*s^5
        A = X @ X.T
        P = torch.addmm(A, A, A, beta=b, alpha=c)
        X = torch.addmm(X, P, X, beta=a)
    return X.T if G.size(0) > G.size(1) else X


class Muon(torch.optim.Optimizer):
    """torch.optim.Muon, one matrix at a time, one line per equation."""

    def __init__(self, params, lr=1e-3, weight_decay=0.1, momentum=0.95,
                 nesterov=True, ns_coefficients=(3.4445, -4.7750, 2.0315),
                 eps=1e-7, ns_steps=5, adjust_lr_fn=None):
        if adjust_lr_fn not in (None, "original", "match_rms_adamw"):
            raise ValueError(f"unknown adjust_lr_fn {adjust_lr_fn!r}")
        defaults = dict(lr=lr, weight_decay=weight_decay, momentum=momentum,
                        nesterov=nesterov, ns_coefficients=ns_coefficients,
                        eps=eps, ns_steps=ns_steps, adjust_lr_fn=adjust_lr_fn)
        super().__init__(params, defaults)
        for group in self.param_groups:
            for p in group["params"]:
                if p.ndim != 2:
                    raise ValueError(f"Muon takes only matrices: {p.shape}")

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, wd, mu = group["lr"], group["weight_decay"], group["momentum"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g, state = p.grad, self.state[p]
                if not state:  # lazy: filled on the first step with a grad
                    state["momentum_buffer"] = torch.zeros_like(g)
                buf = state["momentum_buffer"]
                buf.lerp_(g, 1 - mu)
                u = g.lerp(buf, mu) if group["nesterov"] else buf
                O = newton_schulz(u, group["ns_coefficients"],
                                  group["ns_steps"], group["eps"])
                rows, cols = p.shape
                if group["adjust_lr_fn"] == "match_rms_adamw":
                    ratio = 0.2 * math.sqrt(max(rows, cols))
                else:  # None or "original"
                    ratio = math.sqrt(max(1, rows / cols))
                # decoupled decay with the plain lr; the step with lr * ratio
                p.mul_(1 - lr * wd)
                p.add_(O, alpha=-(lr * ratio))
        return loss
