import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

for call in range(3):
    loss = (w ** 2).sum()  # d(loss)/dw = 2w = [2, 4]
    loss.backward()
    print(f"after backward() #{call + 1}: w.grad = {w.grad}")
