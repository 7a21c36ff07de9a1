import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.Adam([w], lr=0.1)
noisy = iter([1.0, -0.8] * 50)  # a gradient that flips sign, mean 0.1


def train(optimizer, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        w.grad = torch.tensor([next(noisy)])
        before = w.item()
        optimizer.step()
    return abs(before - w.item()), optimizer.state[w]["step"].item()


print("epoch 1: size of last update %.4f, Adam step count %d"
      % train(optimizer, 50))
new = torch.optim.Adam([w], lr=0.05)
new.load_state_dict(optimizer.state_dict())  # restores the old lr too
print("lr after load_state_dict:", new.param_groups[0]["lr"])
for group in new.param_groups:  # so set the new lr after loading
    group["lr"] = 0.05
print("epoch 2: size of last update %.4f, Adam step count %d"
      % train(new, 1))
