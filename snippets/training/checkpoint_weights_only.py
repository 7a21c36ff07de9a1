import argparse
import textwrap

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
args = argparse.Namespace(lr=0.1, epochs=10)

torch.save({"model": model.state_dict(), "args": args}, "bad.pt")  # an object inside
try:
    torch.load("bad.pt", weights_only=True)
except Exception as err:
    reason = str(err).splitlines()[-3].strip()  # the line that names the culprit
    text = f"{type(err).__name__}: {reason}"
    print(textwrap.fill(text, 80, break_on_hyphens=False))

torch.save({"model": model.state_dict(), "args": vars(args)}, "good.pt")  # a dict
ckpt = torch.load("good.pt", weights_only=True)
print("loaded:", sorted(ckpt), ckpt["args"])
