import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
optimizers = {
    "SGD(momentum=0.9)": torch.optim.SGD([w], lr=0.1, momentum=0.9),
    "Adam": torch.optim.Adam([w]),
    "Adagrad": torch.optim.Adagrad([w]),
}
for name, opt in optimizers.items():  # no step() has run
    keys = [list(s) for s in opt.state.values()]
    print(f"{name:18} len(opt.state) = {len(opt.state)}  {keys}")
