import torch

# LBFGS's state after one step() of 20 iterations, from torch itself.
torch.manual_seed(0)
model = torch.nn.Linear(100, 10)  # 1010 numbers: x has 1010 entries
x, y = torch.randn(200, 100), torch.randn(200, 10)
opt = torch.optim.LBFGS(model.parameters(), history_size=10)


def closure():
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


opt.step(closure)
state = opt.state[model.weight]  # all of it sits on the first parameter
print("state of the bias:", dict(opt.state[model.bias]))
for key, v in state.items():
    shown = f"{type(v).__name__} {v}"
    if isinstance(v, torch.Tensor):
        shown = f"tensor of shape {tuple(v.shape)}"
    elif isinstance(v, list):
        shown = (f"list of {len(v)} tensors of shape"
                 f" {tuple(v[0].shape)}")
    elif isinstance(v, float):  # its last digits depend on the CPU
        shown = f"float {v:.4f}"
    print(f"{key:14} {shown}")
vectors = [state["d"], state["prev_flat_grad"],
           *state["old_dirs"], *state["old_stps"]]
p_bytes = sum(p.nbytes for p in model.parameters())
print(f"parameters {p_bytes} bytes, state vectors"
      f" {sum(v.nbytes for v in vectors)} bytes = {len(vectors)} x {p_bytes}")
print("the docstring's param_bytes * (history_size + 1):", p_bytes * 11)
