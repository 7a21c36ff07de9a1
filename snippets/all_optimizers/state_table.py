import inspect
import textwrap

import torch

names = [n for n in torch.optim.__all__ if inspect.isclass(
    getattr(torch.optim, n)) and n != "Optimizer"]
torch.manual_seed(0)  # badly scaled inputs: LBFGS runs all 20 iterations
x, y = torch.randn(256, 64) * torch.logspace(0, 2, 64), torch.randn(256, 32)
print(f"| Optimizer  | {'State per parameter after one step':50} | B/param |")
print(f"| {'-' * 10} | {'-' * 50} | {'-' * 7} |")
for name in names:
    torch.manual_seed(1)
    if name == "SparseAdam":  # takes only sparse gradients
        model = torch.nn.Embedding(64, 32, sparse=True)
        loss_fn = lambda: model(torch.arange(64)).pow(2).mean()
    else:  # Muon takes only 2-D parameters: no bias
        model = torch.nn.Linear(64, 32, bias=name != "Muon")
        loss_fn = lambda: torch.nn.functional.mse_loss(model(x), y)
    opt = getattr(torch.optim, name)(model.parameters())

    def closure():  # LBFGS needs one; the others accept it
        opt.zero_grad()
        loss = loss_fn()
        loss.backward()
        return loss
    opt.step(closure)
    params, keys, size = list(model.parameters()), {}, 0
    for p in params:  # state key -> dims of the params that have it
        for k, v in opt.state.get(p, {}).items():
            kind = "" if torch.is_tensor(v) else f" ({type(v).__name__})"
            keys.setdefault(k + kind, set()).add(f"{p.dim()}-D")
            for t in v if isinstance(v, list) else [v]:  # LBFGS: lists
                if torch.is_tensor(t):  # Python numbers: not counted
                    size += t.numel() * t.element_size()
    dims = {f"{p.dim()}-D" for p in params}
    text = ", ".join(k if d == dims or len(opt.state) == 1
                     else f"{k} {min(d)}" for k, d in keys.items())
    ratio = f"{size / sum(p.numel() for p in params):7.2f}"
    for i, line in enumerate(textwrap.wrap(text, 50) or ["(none)"]):
        print(f"| {name if i == 0 else '':10} | {line:50} | "
              f"{ratio if i == 0 else '':7} |")
