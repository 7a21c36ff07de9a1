import torch

torch.manual_seed(0)
X = torch.randn(4, 3)
optimizers = {
    "Adam": lambda p: torch.optim.Adam(p, lr=0.01),
    "SGD(momentum=0.9)": lambda p: torch.optim.SGD(p, lr=0.01, momentum=0.9),
}
for name, make in optimizers.items():
    model = torch.nn.Linear(3, 1)
    optimizer = make(model.parameters())
    model(X).sum().backward()
    optimizer.step()  # the state is created now, in float32

    model.double()  # the same Parameter objects, with float64 data
    key = "exp_avg" if name == "Adam" else "momentum_buffer"
    state = optimizer.state[model.weight]
    print(f"{name}: param {model.weight.dtype}, {key} {state[key].dtype}")
    optimizer.zero_grad()
    model(X.double()).sum().backward()
    try:
        optimizer.step()
    except RuntimeError as err:
        print("  step(): RuntimeError:", err)
    else:  # the float64 gradient was rounded into the float32 buffer
        print(f"  step(): no error; {key} is still {state[key].dtype}")
