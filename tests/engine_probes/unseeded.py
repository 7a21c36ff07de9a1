# No seed: like a fresh interpreter, each run must draw something new.
import random

import numpy as np
import torch

print(torch.rand(1).item(), np.random.rand(), random.random())
