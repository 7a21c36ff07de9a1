# scratch_adagrad.py: save this file; the scripts below import Adagrad.
import torch


def sparse_like(g, values):
    """g's indices with other values (torch's _make_sparse)."""
    return torch.sparse_coo_tensor(g.indices(), values, g.shape)


class Adagrad(torch.optim.Optimizer):
    """torch.optim.Adagrad, one parameter at a time, one line per equation."""

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0,
                 initial_accumulator_value=0, eps=1e-10, *, maximize=False):
        defaults = dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
                        initial_accumulator_value=initial_accumulator_value,
                        eps=eps, maximize=maximize)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, eps = group["lr"], group["eps"]
            # torch reads the constructor's value, never the group's
            s0 = self.defaults["initial_accumulator_value"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = -p.grad if group["maximize"] else p.grad
                state = self.state[p]
                if not state:  # lazy (torch's Adagrad fills it in __init__)
                    state["step"] = torch.tensor(0.0)
                    state["sum"] = torch.full_like(p, s0)
                state["step"] += 1
                t = state["step"].item()
                s = state["sum"]
                if group["weight_decay"] != 0:
                    if g.is_sparse:
                        raise RuntimeError("weight_decay option is not "
                                           "compatible with sparse gradients")
                    g = g.add(p, alpha=group["weight_decay"])
                clr = lr / (1 + (t - 1) * group["lr_decay"])
                if g.is_sparse:  # update only the rows present in g
                    g = g.coalesce()  # the rule is not linear: unique rows
                    v = g.values()
                    s.add_(sparse_like(g, v.pow(2)))
                    std = s.sparse_mask(g).values().sqrt_().add_(eps)
                    p.add_(sparse_like(g, v / std), alpha=-clr)
                    continue
                s.addcmul_(g, g, value=1)
                std = s.sqrt().add_(eps)
                p.addcdiv_(g, std, value=-clr)
        return loss
