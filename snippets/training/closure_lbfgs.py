import torch


def rosenbrock(p):  # a curved valley: hard for fixed-size steps
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


for line_search in (None, "strong_wolfe"):  # None is the default
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0]))
    optimizer = torch.optim.LBFGS([p], history_size=5,
                                  line_search_fn=line_search)
    calls = 0

    def closure():  # clears, re-evaluates the loss and its gradient
        global calls
        calls += 1
        optimizer.zero_grad()
        loss = rosenbrock(p)
        loss.backward()
        return loss

    first = optimizer.step(closure)  # up to max_iter=20 iterations
    state = optimizer.state[p]
    print(f"line_search_fn={line_search}: closure called {calls} times,"
          f" loss {first.item():.2f} -> {rosenbrock(p).item():.2f}")
    print(f"    state: {len(state['old_dirs'])} old_dirs +"
          f" {len(state['old_stps'])} old_stps, each"
          f" {state['old_dirs'][0].numel()} numbers (one per parameter entry)")
