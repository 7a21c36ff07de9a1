import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.ones(1))
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min",
                                                       factor=0.5, patience=1)
val_losses = [1.0, 0.8, 0.8, 0.8, 0.8, 0.8]  # no improvement after epoch 1
for epoch, val_loss in enumerate(val_losses):
    optimizer.step()
    scheduler.step(val_loss)  # it needs the metric it watches
    lr = scheduler.get_last_lr()[0]
    print(f"epoch {epoch}: val_loss {val_loss}, lr now {lr:g}")
