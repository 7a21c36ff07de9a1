import torch

# max_iter=1: one iteration per step(), e.g. one per mini-batch.
p = torch.nn.Parameter(torch.tensor([-1.5, 2.0]))
opt = torch.optim.LBFGS([p], max_iter=1,
                        line_search_fn="strong_wolfe")


def rosenbrock(x, y):  # minimum 0 at (1, 1)
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def closure():
    opt.zero_grad()
    loss = rosenbrock(*p)
    loss.backward()
    return loss


for step in range(1, 51):
    opt.step(closure)
    if step in (1, 2, 10, 50):
        print(f"after step {step:2}: f = {rosenbrock(*p).item():.6f},"
              f" p = {[round(v, 4) for v in p.tolist()]},"
              f" t = {float(opt.state[p]['t']):.4g}")
print("max_eval:", opt.param_groups[0]["max_eval"],
      "| closure calls:", opt.state[p]["func_evals"])
