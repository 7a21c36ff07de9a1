# Depends on the default dtype, which an earlier script in the same interpreter may change.
import torch

print(torch.tensor([0.5]).dtype)
