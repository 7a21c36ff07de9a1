# What torch.optim.Rprop keeps for each parameter after one step.
import torch

torch.manual_seed(0)
layer = torch.nn.Linear(3, 8)  # weight 8x3, float32
opt = torch.optim.Rprop(layer.parameters())
layer(torch.randn(4, 3)).sum().backward()
opt.step()
state = opt.state[layer.weight]
for name, t in state.items():
    print(f"{name:11} {str(tuple(t.shape)):7} {t.dtype}  {t.nbytes:3} bytes")
per_weight = sum(t.element_size() for t in state.values()
                 if t.shape == layer.weight.shape)
print(f"{per_weight} bytes per parameter, plus {state['step'].nbytes} for the "
      "step of each tensor")
