import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
X, y = torch.randn(16, 3), torch.randn(16, 1)

for epoch in range(5):
    lr_used = optimizer.param_groups[0]["lr"]
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(X), y)
    loss.backward()
    optimizer.step()  # 1. update the weights with the current lr
    scheduler.step()  # 2. then move the schedule on, once per epoch
    next_lr = scheduler.get_last_lr()[0]
    print(f"epoch {epoch}: trained with lr={lr_used:.4f}, next lr={next_lr:.4f}")
