# Needs scratch_adam.py and same_bits.py (shown above) in the same folder.
import torch
from same_bits import compare
from scratch_adam import Adam, AdamW

compare(Adam, torch.optim.Adam)
compare(Adam, torch.optim.Adam, weight_decay=0.1, amsgrad=True)
compare(AdamW, torch.optim.AdamW, weight_decay=0.1)
