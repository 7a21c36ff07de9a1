import torch

# Adam as the paper writes it vs torch.optim.Adam: same weights, same grads.
torch.manual_seed(0)
w_paper = torch.randn(1000)
w_torch = w_paper.clone().requires_grad_()
opt = torch.optim.Adam([w_torch], lr=1e-2)
m, v = torch.zeros(1000), torch.zeros(1000)
beta1, beta2, eps, lr = 0.9, 0.999, 1e-8, 1e-2
for t in range(1, 101):
    g = torch.sin(3 * w_paper) + w_paper  # the gradient of some smooth loss
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    w_paper = w_paper - lr * m_hat / (v_hat.sqrt() + eps)

    w_torch.grad = torch.sin(3 * w_torch.detach()) + w_torch.detach()
    opt.step()
    if t in (1, 10, 100):
        # The exact counts depend on the CPU's vector unit; these facts do not.
        diff = (w_paper - w_torch.detach()).abs()
        n = (diff > 0).sum().item()
        grew = "" if t == 1 else f", more differ than at {last_t}: {n > last_n}"
        print(f"step {t:3d}: bit-equal {n == 0}, "
              f"within 1e-6 {diff.max().item() < 1e-6}{grew}")
        last_t, last_n = t, n
