import torch
from torch import nn

torch.manual_seed(0)
G, D = nn.Linear(2, 2), nn.Linear(2, 1)
opt_G = torch.optim.SGD(G.parameters(), lr=0.1)
opt_D = torch.optim.SGD(D.parameters(), lr=0.1)
z = torch.randn(8, 2)

opt_D.zero_grad()
D(G(z).detach()).mean().backward()  # detach: the D step computes no grads for G
opt_D.step()
print("G.weight.grad after the D step:", G.weight.grad)

opt_G.zero_grad()  # and clear G's grads right before its own backward
D.zero_grad()
(-D(G(z)).mean()).backward()
print("G grad opt_G.step() sees:", [f"{v:.2e}" for v in G.weight.grad[0]])
opt_G.step()
