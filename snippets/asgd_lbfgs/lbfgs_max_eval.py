import torch


def rosenbrock(x, y):  # minimum 0 at (1, 1)
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


# max_iter=1: one iteration per step(), as in a loop over mini-batches.
for extra in [{}, {"max_eval": 10}]:
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64))
    opt = torch.optim.LBFGS([p], max_iter=1, line_search_fn="strong_wolfe",
                            **extra)

    def closure():
        opt.zero_grad()
        loss = rosenbrock(*p)
        loss.backward()
        return loss

    for _ in range(50):
        opt.step(closure)
    print(f"max_iter=1, max_eval={opt.param_groups[0]['max_eval']}:"
          f" {opt.state[p]['func_evals']} closure calls in 50 steps")
    print(f"  p = {[round(v, 4) for v in p.tolist()]},"
          f" f = {rosenbrock(*p).item():.6f}, last t = {opt.state[p]['t']}")
