import torch
from sklearn.datasets import load_digits  # 1797 8x8 images, no download
from torch import nn

torch.manual_seed(0)
X, y = load_digits(return_X_y=True)
X, y = torch.tensor(X, dtype=torch.float32) / 16, torch.tensor(y)
perm = torch.randperm(len(X))
train, test = perm[:1400], perm[1400:]

model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

for epoch in range(1, 11):
    order, total = train[torch.randperm(len(train))], 0.0
    for i in range(0, len(order), 50):
        batch = order[i:i + 50]
        opt.zero_grad()  # 1. clear the previous step's gradients
        loss = loss_fn(model(X[batch]), y[batch])  # 2. forward
        loss.backward()  # 3. backward: fills p.grad
        opt.step()  # 4. update every parameter
        total += loss.item() * len(batch)
    with torch.no_grad():
        accuracy = (model(X[test]).argmax(1) == y[test]).float().mean().item()
    print(f"epoch {epoch:2d}  train loss {total / len(train):.4f}  "
          f"test accuracy {accuracy:.3f}")
