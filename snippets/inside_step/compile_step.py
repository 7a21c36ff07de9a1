import warnings

import torch
from torch._dynamo.utils import counters, guard_failures


def train(opt_class, lr, compiled):
    torch.manual_seed(0)
    model = torch.nn.Linear(8, 4)
    x, y = torch.randn(32, 8), torch.randn(32, 4)
    opt = opt_class(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
    step = opt.step
    if compiled:
        with warnings.catch_warnings():  # torch.compile imports inductor,
            warnings.filterwarnings(  # which warns about torch's own code
                "ignore", "`torch.jit.script_method`", DeprecationWarning)
            step = torch.compile(opt.step)
    torch._dynamo.reset()  # forget earlier compilations and counts
    counters.clear()
    for _ in range(4):  # four steps, four different lr values
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        step()
        sched.step()
    return model.weight.detach(), counters["stats"]["unique_graphs"]


print(f"{'':11}{'graphs':>8}{'max |diff| vs eager':>22}")
# step() wraps itself in a profiler label: keep it in the compiled graph.
# (Dropping it, the default, logs a warning to stderr.)
with torch._dynamo.config.patch(capture_profiler_record_function=True):
    for opt_class in (torch.optim.SGD, torch.optim.Adam):
        eager, _ = train(opt_class, 0.1, compiled=False)
        for lr in (0.1, torch.tensor(0.1)):
            w, graphs = train(opt_class, lr, compiled=True)
            ok = torch.allclose(w, eager, rtol=0, atol=1e-5)
            diff = "0" if torch.equal(w, eager) else "< 1e-5" if ok else "!"
            name = f"{opt_class.__name__} {type(lr).__name__}"
            print(f"{name:11}{graphs:8}{diff:>22}")
            for reasons in guard_failures.values():  # why it recompiled
                guard = reasons[0].split(": ", 1)[1].split("#")[0].strip()
                print(f"  first recompile, failed guard: {guard}")
