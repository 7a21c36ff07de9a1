import torch

# ASGD with its defaults next to plain SGD(lr=0.01), 1000 steps. The loss
# only pulls w[0] to 2; w[1] gets a zero gradient at every step.
results = {}
for name, make in [("SGD(lr=0.01)", lambda p: torch.optim.SGD(p, lr=0.01)),
                   ("ASGD()", lambda p: torch.optim.ASGD(p))]:
    w = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
    opt = make([w])
    for _ in range(1000):
        opt.zero_grad()
        ((w[0] - 2) ** 2).backward()
        opt.step()
    results[name] = (w.detach(), opt)
    print(f"{name:12}  w[0]={w[0].item():.6f}  w[1]={w[1].item():.6f}")
w, opt = results["ASGD()"]
print("defaults:", {k: opt.defaults[k] for k in ("lr", "lambd", "t0")})
print("ASGD's ax equals its weights (no averaging yet):",
      torch.equal(opt.state[opt.param_groups[0]["params"][0]]["ax"], w))
