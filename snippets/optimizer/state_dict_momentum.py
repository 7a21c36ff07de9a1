import torch

w = torch.zeros((2, 2), requires_grad=True)
b = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1, momentum=0.9)

for _ in range(10):
    w.grad, b.grad = torch.ones_like(w), torch.ones_like(b)
    opt.step()

sd = opt.state_dict()
print("top-level keys:", list(sd))
print("state keys:", list(sd["state"]))
print("momentum buffer of param 0:", sd["state"][0]["momentum_buffer"])
print("param_groups[0]['params']:", sd["param_groups"][0]["params"])
print("1 + 0.9 + ... + 0.9**9 =", round(sum(0.9**k for k in range(10)), 4))

torch.save(sd, "optimizer.pt")
print("saved optimizer.pt")
