# Needs scratch_nadam.py and same_bits.py (shown above) in the same folder.
import torch
from same_bits import compare
from scratch_nadam import NAdam

compare(NAdam, torch.optim.NAdam)
compare(NAdam, torch.optim.NAdam, weight_decay=0.1, momentum_decay=6e-3)
compare(NAdam, torch.optim.NAdam, weight_decay=0.1,
        decoupled_weight_decay=True)
