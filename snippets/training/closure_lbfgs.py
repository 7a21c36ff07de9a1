import torch

torch.manual_seed(0)
X = torch.randn(50, 3)
y = X @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters(), max_iter=20,
                              line_search_fn="strong_wolfe")
calls = 0


def closure():  # re-evaluates the loss and its gradient on demand
    global calls
    calls += 1
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(X), y)
    loss.backward()
    return loss


loss = optimizer.step(closure)  # up to max_iter iterations, many closure calls
print(f"first loss {loss.item():.4f}; closure called {calls} times in one step()")
print("weight:", [round(w, 4) for w in model.weight.squeeze().tolist()])
print("bias:", round(model.bias.item(), 4))
