# What torch.optim.RMSprop keeps for each parameter after one step.
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
for kwargs in [{}, {"momentum": 0.9, "centered": True}]:
    layer = torch.nn.Linear(3, 8)  # weight 8x3, float32
    opt = torch.optim.RMSprop(layer.parameters(), **kwargs)
    layer(x).sum().backward()
    opt.step()
    state = opt.state[layer.weight]
    print(f"RMSprop({kwargs}):")
    for name, t in state.items():
        print(f"  {name:15} {str(tuple(t.shape)):7} {t.dtype}  "
              f"{t.nbytes:3} bytes")
    per_weight = sum(t.element_size() for t in state.values()
                     if t.shape == layer.weight.shape)
    print(f"  {per_weight} bytes per parameter, plus "
          f"{state['step'].nbytes} for the step of each tensor")
