import torch


@torch.no_grad()
def sgd_step(params, bufs, lr, momentum=0.0, dampening=0.0, weight_decay=0.0,
             nesterov=False, maximize=False):
    for i, p in enumerate(params):
        g = -p.grad if maximize else p.grad
        if weight_decay != 0:
            g = g.add(p, alpha=weight_decay)  # g + lambda * theta
        if momentum != 0:
            if bufs[i] is None:
                bufs[i] = g.clone()  # first step: b = g
            else:  # b = mu * b + (1 - tau) * g
                bufs[i].mul_(momentum).add_(g, alpha=1 - dampening)
            g = g.add(bufs[i], alpha=momentum) if nesterov else bufs[i]
        p.add_(g, alpha=-lr)  # theta <- theta - lr * g


torch.manual_seed(0)
start = torch.randn(6)
mu = {"momentum": 0.9}
for cfg in [{}, {"weight_decay": 0.1}, mu, {**mu, "dampening": 0.5},
            {**mu, "nesterov": True},
            {**mu, "weight_decay": 0.01, "maximize": True}]:
    ours, theirs = (start.clone().requires_grad_() for _ in range(2))
    opt, bufs = torch.optim.SGD([theirs], lr=0.1, **cfg), [None]
    for _ in range(20):
        for p in (ours, theirs):  # a bounded gradient
            p.grad = None
            (torch.sin(3 * p) + torch.cos(p)).sum().backward()
        sgd_step([ours], bufs, lr=0.1, **cfg)
        opt.step()
    print(f"{str(cfg):58s} bit-identical: {torch.equal(ours, theirs)}")
