import warnings

import torch

# Every optimizer of torch.optim, with its defaults, on a sparse gradient.
names = [n for n in torch.optim.__all__ if n[0].isupper()
         and issubclass(getattr(torch.optim, n), torch.optim.Optimizer)
         and n != "Optimizer"]
runs = [(n, {}) for n in names] + [("SGD", {"momentum": 0.9}),
        ("SGD", {"weight_decay": 0.1}), ("Adagrad", {"weight_decay": 0.1})]
takes, refuses = [], []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for name, kwargs in runs:
        torch.manual_seed(0)
        emb = torch.nn.Embedding(10, 4, sparse=True)
        opt = getattr(torch.optim, name)(emb.parameters(), **kwargs)
        label = name + "".join(f"({k}={v})" for k, v in kwargs.items())

        def closure():  # LBFGS needs one; the others accept it
            opt.zero_grad()
            loss = emb(torch.tensor([1, 3, 1])).pow(2).sum()
            loss.backward()
            return loss
        try:
            opt.step(closure)
            takes.append(label)
        except RuntimeError as e:
            refuses.append(f"{label}: {e}")
print("Take a sparse gradient:", ", ".join(takes))
print("RuntimeError:\n ", "\n  ".join(refuses))
for w in caught:  # Adagrad's sparse path warns (once per process)
    print(f"{w.category.__name__}: {str(w.message).split('. ')[0]}")
