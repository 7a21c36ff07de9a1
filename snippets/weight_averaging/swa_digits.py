import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels
X, y = torch.tensor(X / 16.0), torch.tensor(y)  # float64
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
train, test = perm[:1200], perm[1200:]


def correct(m):  # of the 597 test images
    m.eval()
    with torch.no_grad():
        n = (m(X[test]).argmax(1) == y[test]).sum().item()
    m.train()
    return f"{n}/{len(test)}"


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 64), nn.BatchNorm1d(64), nn.ReLU(),
                      nn.Linear(64, 10)).double()
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=30)
swa_model, swa_sched = AveragedModel(model), SWALR(opt, swa_lr=0.2)
for epoch in range(30):
    for idx in train[torch.randperm(len(train))].split(32):
        opt.zero_grad()
        nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
        opt.step()
    if epoch >= 15:  # the SWA phase: average once per epoch
        swa_model.update_parameters(model)
        swa_sched.step()
    else:
        sched.step()
print("last model:                        ", correct(model))
print("SWA weights, last model's BN stats:", correct(swa_model))
update_bn([X[train]], swa_model)  # BN statistics for the averaged weights
print("SWA weights after update_bn:       ", correct(swa_model))
