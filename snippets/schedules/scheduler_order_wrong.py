import textwrap
import warnings

import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.ones(2))
optimizer = torch.optim.SGD([w], lr=1.0)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.1)
print("the schedule: 1, 0.1, 0.01, ...; set now:", optimizer.param_groups[0]["lr"])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        w.grad = torch.ones(2)
        scheduler.step()  # wrong: the schedule moves on before the update
        lr = optimizer.param_groups[0]["lr"]
        print(f"epoch {epoch}: optimizer.step() uses lr={lr:g}")
        optimizer.step()

text = f"{caught[0].category.__name__}: {caught[0].message}"
print(textwrap.fill(text, 80, break_on_hyphens=False))
