import torch

torch.manual_seed(1)
w = torch.randn((2, 2), requires_grad=True)
v = torch.randn((3, 3), requires_grad=True)
print("v:", v)

opt = torch.optim.SGD([w], lr=0.1)
opt.add_param_group({"params": v, "lr": 0.0001})

for i, group in enumerate(opt.param_groups):
    shapes = [tuple(p.shape) for p in group["params"]]
    print(f"group {i}: lr={group['lr']} momentum={group['momentum']} "
          f"params={shapes}")
print("the new group is v itself:", opt.param_groups[1]["params"][0] is v)
