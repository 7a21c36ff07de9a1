import torch
from torch.optim.lr_scheduler import OneCycleLR

w = torch.nn.Parameter(torch.zeros(2))
sgd = torch.optim.SGD([w], lr=0.1)  # plain SGD: momentum=0
group = sgd.param_groups[0]
print(f"SGD alone:         lr {group['lr']}, momentum {group['momentum']}")
sched = OneCycleLR(sgd, max_lr=1.0, total_steps=4)  # cycle_momentum=True
print(f"after OneCycleLR:  lr {group['lr']:.2f}, momentum {group['momentum']}")
for call in range(1, 6):  # one optimizer step, then one scheduler step
    w.grad = torch.ones(2)
    sgd.step()
    try:
        sched.step()
    except ValueError as err:
        print(f"sched.step() #{call}: ValueError: {err}")
        break
    print(f"sched.step() #{call}: lr {group['lr']:.4g},"
          f" momentum {group['momentum']:.4f}")
print("SGD state after the steps:", list(sgd.state[w]))  # momentum in use

adam = torch.optim.Adam([w], lr=1e-3, betas=(0.9, 0.999))
OneCycleLR(adam, max_lr=0.01, total_steps=4)
print("Adam betas after OneCycleLR:", adam.param_groups[0]["betas"])
plain = torch.optim.SGD([w], lr=0.1)
OneCycleLR(plain, max_lr=1.0, total_steps=4, cycle_momentum=False)
print("SGD with cycle_momentum=False: momentum",
      plain.param_groups[0]["momentum"])
