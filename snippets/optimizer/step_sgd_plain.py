import torch

torch.manual_seed(1)
w = torch.randn((2, 2), requires_grad=True)
print("w before:", w)

opt = torch.optim.SGD([w], lr=0.1)
w.grad = torch.ones_like(w)
expected = w.detach() - 0.1 * w.grad  # w <- w - lr * g

opt.step()
print("w after: ", w)
print("equals w - lr * g:", torch.equal(w.detach(), expected))
