import pickle

import torch


class Note:  # any custom class: unpickling it would run code chosen by the file
    text = "hello"


w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
torch.save(opt.state_dict(), "optimizer.pt")
torch.save({"note": Note()}, "untrusted.pt")

sd = torch.load("optimizer.pt")  # weights_only=True is the default since 2.6
print("state_dict loads:", list(sd))

try:
    torch.load("untrusted.pt", weights_only=True)
except pickle.UnpicklingError as err:
    reason = [line for line in str(err).splitlines() if "Unsupported global" in line]
    print("refused:", reason[0].strip())
