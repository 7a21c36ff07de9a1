# scratch_sparse_adam.py: save this file; the scripts below import
# SparseAdam.
import math

import torch


class SparseAdam(torch.optim.Optimizer):
    """torch.optim.SparseAdam, one parameter at a time: Adam on the rows
    a sparse gradient holds, and nothing at all on the other rows."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 maximize=False):
        defaults = dict(lr=lr, betas=betas, eps=eps, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, (beta1, beta2) = group["lr"], group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                if not p.grad.is_sparse:
                    raise RuntimeError(
                        "SparseAdam does not support dense gradients, "
                        "please consider Adam instead")
                state = self.state[p]
                if not state:  # lazy; dense like p, `step` a Python int
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                # one count per parameter, shared by all its rows
                state["step"] += 1
                t = state["step"]
                g = -p.grad if group["maximize"] else p.grad
                # a row listed twice is summed into one entry
                g = g.coalesce()
                if g.values().numel() == 0:
                    continue
                # the rows g holds, and their gradients (one row each)
                rows, g = tuple(g.indices()), g.values()
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m_old, v_old = m[rows], v[rows]
                m_t = m_old + (g - m_old) * (1 - beta1)
                v_t = v_old + (g**2 - v_old) * (1 - beta2)
                # lazy: only these rows change; m, v of the others wait
                m[rows], v[rows] = m_t, v_t
                bc1, bc2 = 1 - beta1**t, 1 - beta2**t
                # Adam's step, in the order of Kingma & Ba's section 2
                step_size = lr * math.sqrt(bc2) / bc1
                p[rows] -= step_size * (m_t / (v_t.sqrt() + group["eps"]))
        return loss
