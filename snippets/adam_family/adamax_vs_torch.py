# Needs scratch_adamax.py and same_bits.py (shown above) in the same folder.
import torch
from same_bits import compare
from scratch_adamax import Adamax

compare(Adamax, torch.optim.Adamax)
compare(Adamax, torch.optim.Adamax, weight_decay=0.1)
