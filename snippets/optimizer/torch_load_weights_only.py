import pickle

import torch


class Note:  # unpickling calls whatever __reduce__ names: here, print
    def __reduce__(self):
        return (print, ("  code chosen by the file ran during torch.load",))


w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
torch.save(opt.state_dict(), "optimizer.pt")
torch.save({"note": Note()}, "untrusted.pt")

sd = torch.load("optimizer.pt")  # no weights_only given: True by default
print("state_dict loads:", list(sd))

print("weights_only=False:")
torch.load("untrusted.pt", weights_only=False)

print("weights_only=True:")
try:
    torch.load("untrusted.pt", weights_only=True)
except pickle.UnpicklingError as err:
    print("  refused:", type(err).__name__)
    why = next(s for s in str(err).splitlines() if "Unsupported global" in s)
    print("  " + why.split("error: ")[1].split(". ")[0])  # first sentence
