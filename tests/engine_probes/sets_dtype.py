# Leaks: changes the default dtype for the rest of the interpreter and never restores it.
import torch

torch.set_default_dtype(torch.float64)
print("default dtype set")
