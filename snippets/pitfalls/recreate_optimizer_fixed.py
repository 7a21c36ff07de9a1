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
for group in optimizer.param_groups:  # change the lr in place; state is kept
    group["lr"] = 0.05
print("epoch 2: size of last update %.4f, Adam step count %d"
      % train(optimizer, 1))
