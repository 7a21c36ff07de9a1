import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels
X, y = torch.tensor(X / 16.0), torch.tensor(y)  # float64
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
train, test = perm[:1200], perm[1200:]


def correct(m):  # of the 597 test images
    m.eval()
    with torch.no_grad():
        n = (m(X[test]).argmax(1) == y[test]).sum().item()
    m.train()
    return n


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 64), nn.BatchNorm1d(64), nn.ReLU(),
                      nn.Linear(64, 10)).double()
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.99),
                    use_buffers=True)  # average BN statistics too
ema_params = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.99))
for epoch in range(1, 31):
    for idx in train[torch.randperm(len(train))].split(16):
        opt.zero_grad()
        nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
        opt.step()
        ema.update_parameters(model)  # after every optimizer step
        ema_params.update_parameters(model)
    if epoch % 5 == 0:
        print(f"epoch {epoch}: correct of 597: model {correct(model)},"
              f" EMA {correct(ema)},"
              f" EMA without buffers {correct(ema_params)}")
