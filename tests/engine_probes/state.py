# Prints the interpreter state a snippet could depend on. Forked and fresh runs must agree.
import os
import sys
import warnings

import torch

print("name:", __name__)
print("argv0:", os.path.basename(sys.argv[0]))
print("path0 is script dir:", sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print("cwd empty:", os.listdir(".") == [])
print("threads:", torch.get_num_threads())
print("dtype:", torch.get_default_dtype())
print("grad enabled:", torch.is_grad_enabled())
print("print precision:", torch._tensor_str.PRINT_OPTS.precision)
print("deterministic algorithms:", torch.are_deterministic_algorithms_enabled())
print("SGD patched:", hasattr(torch.optim.SGD, "patched_by_probe"))
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("probe", UserWarning)
print("warnings shown:", len(caught))
torch.manual_seed(0)
print("seeded draw:", torch.rand(2))
