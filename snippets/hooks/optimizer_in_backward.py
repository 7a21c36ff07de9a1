import torch


def make():
    torch.manual_seed(0)
    return torch.nn.Sequential(*[torch.nn.Linear(64, 64) for _ in range(4)])


def watch(model, then=lambda p: None):
    """Record the bytes of all live .grad tensors each time one is done."""
    params, peak = list(model.parameters()), [0]

    def hook(p):  # called when p.grad is complete for this backward()
        live = sum(q.grad.nbytes for q in params if q.grad is not None)
        peak[0] = max(peak[0], live)
        then(p)

    for p in params:
        p.register_post_accumulate_grad_hook(hook)
    return peak


x = torch.randn(16, 64)
model = make()  # the ordinary loop: backward() fills every .grad first
peak = watch(model)
opt = torch.optim.Adam(model.parameters())
for _ in range(3):
    opt.zero_grad()
    model(x).square().mean().backward()
    opt.step()
print("ordinary loop:    peak gradient bytes", peak[0])

in_bw = make()  # one optimizer per parameter, stepped inside backward()
opts = {p: torch.optim.Adam([p]) for p in in_bw.parameters()}
peak = watch(in_bw, then=lambda p: (opts[p].step(), opts[p].zero_grad()))
for _ in range(3):
    in_bw(x).square().mean().backward()  # the steps happen in here
print("step in backward: peak gradient bytes", peak[0])
print("same weights:", all(torch.equal(a, b) for a, b in
                           zip(model.parameters(), in_bw.parameters())))
