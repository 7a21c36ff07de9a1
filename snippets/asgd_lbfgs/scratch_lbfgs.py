# scratch_lbfgs.py: save this file; the scripts below import LBFGS from it.
# Needs scratch_strong_wolfe.py (shown below) in the same folder.
import torch
from scratch_strong_wolfe import strong_wolfe


def two_loop(g, old_dirs, old_stps, ro, H_diag, al):
    """d = -H g for the L-BFGS inverse Hessian H of the stored pairs."""
    q = g.neg()  # old_dirs holds the y_i, old_stps the s_i
    for i in reversed(range(len(old_dirs))):  # newest pair first
        al[i] = old_stps[i].dot(q) * ro[i]
        q.add_(old_dirs[i], alpha=-al[i])
    # H0 = H_diag * identity
    r = torch.mul(q, H_diag)
    for i in range(len(old_dirs)):  # oldest pair first
        be_i = old_dirs[i].dot(r) * ro[i]
        r.add_(old_stps[i], alpha=al[i] - be_i)
    return r


class LBFGS(torch.optim.Optimizer):
    """torch.optim.LBFGS: all parameters seen as one flat vector x."""

    def __init__(self, params, lr=1, max_iter=20, max_eval=None,
                 tolerance_grad=1e-7, tolerance_change=1e-9,
                 history_size=100, line_search_fn=None):
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        defaults = dict(lr=lr, max_iter=max_iter, max_eval=max_eval,
                        tolerance_grad=tolerance_grad,
                        tolerance_change=tolerance_change,
                        history_size=history_size,
                        line_search_fn=line_search_fn)
        super().__init__(params, defaults)
        if len(self.param_groups) != 1:
            raise ValueError("LBFGS doesn't support per-parameter options "
                             "(parameter groups)")
        self._params = self.param_groups[0]["params"]

    def _flat_grad(self):  # g: every gradient in one vector (None: zeros)
        return torch.cat([p.new_zeros(p.numel()) if p.grad is None
                          else p.grad.view(-1) for p in self._params])

    def _move(self, t, d):  # x <- x + t d, one parameter's slice at a time
        i = 0
        for p in self._params:
            p.add_(d[i:i + p.numel()].view_as(p), alpha=t)
            i += p.numel()

    def _f_and_g(self, closure):
        with torch.enable_grad():
            loss = closure()
        return float(loss), self._flat_grad()

    def _evaluate(self, closure, x, t, d):  # f, g at x + t d; then back
        self._move(t, d)
        f, g = self._f_and_g(closure)
        for p, saved in zip(self._params, x):
            p.copy_(saved)
        return f, g

    @torch.no_grad()
    def step(self, closure):
        group = self.param_groups[0]
        lr, history_size = group["lr"], group["history_size"]
        max_iter, max_eval = group["max_iter"], group["max_eval"]
        tol_change = group["tolerance_change"]
        state = self.state[self._params[0]]  # all state on the first param
        state.setdefault("func_evals", 0)
        state.setdefault("n_iter", 0)
        with torch.enable_grad():
            orig_loss = closure()
        loss, g, evals = float(orig_loss), self._flat_grad(), 1
        state["func_evals"] += 1
        done = g.abs().max() <= group["tolerance_grad"]
        if done:  # already at a stationary point
            return orig_loss
        d, t, old_dirs, old_stps, ro, H_diag, prev_g, prev_loss = (
            state.get(k) for k in ("d", "t", "old_dirs", "old_stps", "ro",
                                   "H_diag", "prev_flat_grad", "prev_loss"))
        for n_iter in range(1, max_iter + 1):
            state["n_iter"] += 1
            if state["n_iter"] == 1:  # the very first iteration: d = -g
                d, old_dirs, old_stps, ro, H_diag = g.neg(), [], [], [], 1
            else:  # the newest pair; kept only if the curvature y's > 0
                y, s = g.sub(prev_g), d.mul(t)
                ys = y.dot(s)
                if ys > 1e-10:
                    if len(old_dirs) == history_size:  # forget the oldest
                        old_dirs.pop(0), old_stps.pop(0), ro.pop(0)
                    old_dirs.append(y)
                    old_stps.append(s)
                    ro.append(1.0 / ys)
                    H_diag = ys / y.dot(y)
                al = state.setdefault("al", [None] * history_size)
                d = two_loop(g, old_dirs, old_stps, ro, H_diag, al)
            prev_g, prev_loss = g.clone(), loss
            if state["n_iter"] == 1:  # first step ever: t at most lr/|g|_1
                t = min(1.0, 1.0 / g.abs().sum()) * lr
            else:
                t = lr
            gtd = g.dot(d)
            if gtd > -tol_change:
                break  # d no longer goes downhill
            ls_evals = 0
            if group["line_search_fn"] is not None:
                if group["line_search_fn"] != "strong_wolfe":
                    raise RuntimeError("only 'strong_wolfe' is supported")
                x = [p.clone() for p in self._params]
                loss, g, t, ls_evals = strong_wolfe(
                    lambda x, t, d: self._evaluate(closure, x, t, d),
                    x, t, d, loss, g, gtd, max_ls=max_eval - evals)
                self._move(t, d)
                done = g.abs().max() <= group["tolerance_grad"]
            else:  # fixed step x <- x + t d, then f and g there
                self._move(t, d)
                if n_iter != max_iter:  # (not after the last iteration)
                    loss, g = self._f_and_g(closure)
                    done = g.abs().max() <= group["tolerance_grad"]
                    ls_evals = 1
            evals += ls_evals
            state["func_evals"] += ls_evals
            if n_iter == max_iter or evals >= max_eval or done:
                break
            if d.mul(t).abs().max() <= tol_change:
                break  # x barely moved
            if abs(loss - prev_loss) < tol_change:
                break  # f barely changed
        state.update(d=d, t=t, old_dirs=old_dirs, old_stps=old_stps, ro=ro,
                     H_diag=H_diag, prev_flat_grad=prev_g,
                     prev_loss=prev_loss)
        return orig_loss
