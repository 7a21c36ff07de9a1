# Changes every piece of global state it can reach; none of it may leak into the next script.
import random
import warnings

import numpy as np
import torch

torch.set_num_threads(1 if torch.get_num_threads() > 1 else 2)
torch.set_default_dtype(torch.float64)
torch.set_grad_enabled(False)
torch.set_printoptions(precision=1)
torch.use_deterministic_algorithms(True)
torch.optim.SGD.patched_by_probe = True
warnings.simplefilter("ignore")
torch.manual_seed(0)
np.random.seed(0)
random.seed(0)
open("leftover.txt", "w").write("x")
print("polluted")
