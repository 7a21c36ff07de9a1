import torch

torch.manual_seed(0)
X = torch.randn(64, 5, dtype=torch.float64)
y = X @ torch.tensor([1.0, -2.0, 0.5, 3.0, -1.0], dtype=torch.float64)


def loss_after_inner_steps(log_lr, steps=5):
    # w is a non-leaf copy, so autograd can record the in-place updates
    w = torch.zeros(5, dtype=torch.float64, requires_grad=True).clone()
    inner = torch.optim.SGD([w], lr=log_lr.exp(), differentiable=True)
    for _ in range(steps):
        loss = (X @ w - y).square().mean()
        (w.grad,) = torch.autograd.grad(loss, w, create_graph=True)
        inner.step()  # recorded by autograd: w now depends on lr
    return (X @ w - y).square().mean()


log_lr = torch.tensor(-4.0, dtype=torch.float64, requires_grad=True)
# the gradient through step(), checked against a finite difference
loss = loss_after_inner_steps(log_lr)
(grad,) = torch.autograd.grad(loss, log_lr)
h = 1e-6
fd = (loss_after_inner_steps(log_lr + h)
      - loss_after_inner_steps(log_lr - h)) / (2 * h)
print(f"d loss / d log_lr: autograd {grad.item():.6f}, "
      f"finite difference {fd.item():.6f}")

outer = torch.optim.Adam([log_lr], lr=0.1)  # learns the inner lr
for it in range(41):
    outer.zero_grad()
    loss = loss_after_inner_steps(log_lr)
    if it % 10 == 0:
        print(f"outer step {it:2}: inner lr {log_lr.exp().item():.4f}, "
              f"loss after 5 SGD steps {loss.item():.4f}")
    loss.backward()
    outer.step()
