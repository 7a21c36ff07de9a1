# Needs scratch_radam.py and same_bits.py (shown above) in the same folder.
import torch
from same_bits import compare
from scratch_radam import RAdam

compare(RAdam, torch.optim.RAdam)
compare(RAdam, torch.optim.RAdam, weight_decay=0.1)
compare(RAdam, torch.optim.RAdam, weight_decay=0.1,
        decoupled_weight_decay=True)
