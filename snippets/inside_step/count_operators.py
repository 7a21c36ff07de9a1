import collections
import os

import torch
from torch.profiler import profile

# Kineto, the profiler's engine, logs "profiler_start" and "profiler_stop"
# to stderr at its top level (5). Level 6 keeps it quiet; it is read once,
# when the first profile starts.
os.environ["KINETO_LOG_LEVEL"] = "6"


def show(label, names):  # "name xcount" items, wrapped at 76 columns
    lines = [label]
    for name, count in sorted(names.items()):
        if len(lines[-1]) + len(name) > 68:
            lines.append(" ")
        lines[-1] += f" {name} x{count},"
    print("\n".join(lines).rstrip(","))


torch.manual_seed(0)
model = torch.nn.Sequential(*[torch.nn.Linear(4, 4) for _ in range(10)])
model(torch.randn(8, 4)).sum().backward()  # 20 small tensors with grads

print("Adam      called by step()  run inside those  total")
found = {}
for path, kw in (("for-loop", {"foreach": False}),
                 ("foreach", {"foreach": True}), ("fused", {"fused": True})):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, **kw)
    opt.step()  # the first step creates the state: profile the second
    with profile() as prof:
        opt.step()
    ops = [e for e in prof.events() if e.name.startswith("aten::")]
    top = [e.cpu_parent.name.startswith("Optimizer.step#") for e in ops]
    found[path] = [collections.Counter(e.name[6:] for e, t in zip(ops, top)
                                       if t == want) for want in (1, 0)]
    print(f"{path:9} {sum(top):16} {len(ops) - sum(top):17} {len(ops):6}")

for path, (calls, inside) in found.items():
    show(f"{path} calls:", calls)
show("inside foreach's calls:", found["foreach"][1])
