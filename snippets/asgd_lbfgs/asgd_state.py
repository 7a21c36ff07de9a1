import torch

# ASGD's state after one step, from torch.optim.ASGD with its defaults.
torch.manual_seed(0)
layer = torch.nn.Linear(100, 10)  # 1000 weights and 10 biases
opt = torch.optim.ASGD(layer.parameters())  # lambd=1e-4, t0=1e6
layer(torch.randn(4, 100)).square().mean().backward()
opt.step()
w, state = layer.weight, opt.state[layer.weight]
for key, value in state.items():
    print(f"{key:4} {str(tuple(value.shape)):9} {value.dtype}"
          f"  {value.nbytes:5} bytes")
print("bytes per weight element:", state["ax"].nbytes / w.numel(),
      "(ax), plus 3 scalars per tensor")
print("ax is a copy of the weight, no average yet:",
      torch.equal(state["ax"], w))
before = w.detach().clone()
for _ in range(1000):  # gradients of zero: only the decay term acts
    opt.zero_grad(set_to_none=False)
    opt.step()
print(f"1000 steps with zero gradients scale the weights by"
      f" {(w / before).mean().item():.6f}")
