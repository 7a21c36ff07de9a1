import torch

# ASGD's state after one step, from torch.optim.ASGD itself.
torch.manual_seed(0)
layer = torch.nn.Linear(100, 10)  # 1000 weights and 10 biases
opt = torch.optim.ASGD(layer.parameters())  # t0=1e6: no averaging yet
layer(torch.randn(4, 100)).square().mean().backward()
opt.step()
w = layer.weight
for key, value in opt.state[w].items():
    print(f"{key:4} {str(tuple(value.shape)):9} {value.dtype}"
          f"  {value.nbytes:5} bytes")
print("bytes of state per weight element:",
      opt.state[w]["ax"].nbytes / w.numel(), "+ 3 scalars per tensor")
print("ax is a copy of the weight:", torch.equal(opt.state[w]["ax"], w),
      "| same storage:", opt.state[w]["ax"].data_ptr() == w.data_ptr())
