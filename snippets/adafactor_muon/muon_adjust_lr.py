import torch

# One step from zero with momentum 0: the step is lr * ratio * O.
# Its RMS in units of lr, for three shapes and both adjust_lr_fn options.
torch.manual_seed(0)
print(f"{'shape':14}{'None (original)':18}match_rms_adamw")
for shape in [(1024, 256), (256, 256), (256, 1024)]:
    g = torch.randn(shape)
    line = f"{str(shape):14}"
    for fn in [None, "match_rms_adamw"]:
        w = torch.nn.Parameter(torch.zeros(shape))
        w.grad = g.clone()
        opt = torch.optim.Muon([w], lr=0.01, weight_decay=0.0,
                               momentum=0.0, adjust_lr_fn=fn)
        opt.step()
        rms = w.detach().pow(2).mean().sqrt().item()
        line += f"{rms / 0.01:<18.3f}"
    print(line.rstrip())
