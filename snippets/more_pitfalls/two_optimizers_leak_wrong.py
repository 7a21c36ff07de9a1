import torch
from torch import nn

torch.manual_seed(0)
G, D = nn.Linear(2, 2), nn.Linear(2, 1)  # a tiny generator and discriminator
opt_G = torch.optim.SGD(G.parameters(), lr=0.1)
opt_D = torch.optim.SGD(D.parameters(), lr=0.1)
z = torch.randn(8, 2)

# discriminator step: the loss flows back through G as well
opt_D.zero_grad()
D(G(z)).mean().backward()
opt_D.step()
leftover = G.weight.grad.clone()

# generator step: opt_D.zero_grad() above never touched G's gradients
D.zero_grad()
(-D(G(z)).mean()).backward()
own = G.weight.grad - leftover  # what the generator loss alone produced
print("G grad it should use:    ", [f"{v:.2e}" for v in own[0]])
print("G grad opt_G.step() sees:", [f"{v:.2e}" for v in G.weight.grad[0]])
opt_G.step()
