import torch

# What each optimizer keeps for a 100x10 float32 weight after one step.
for name, kw in [("Adam", {}), ("Adam", {"amsgrad": True}),
                 ("Adamax", {}), ("NAdam", {}), ("RAdam", {})]:
    w = torch.nn.Parameter(torch.zeros(100, 10))
    opt = getattr(torch.optim, name)([w], **kw)
    w.grad = torch.ones_like(w)
    opt.step()
    print(name + (f" {kw}" if kw else ""))
    for key, t in opt.state[w].items():
        size = (f"= {t.item():g}" if t.dim() == 0
                else f"{t.nbytes // w.numel()} bytes per weight")
        print(f"  {key:14} {t.dtype} {str(tuple(t.shape)):9} {size}")
