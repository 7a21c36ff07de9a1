import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1).double()  # saved from a float64 model
opt = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
opt.step()
torch.save({"model": model.state_dict(), "optimizer": opt.state_dict()}, "ckpt.pt")

# map_location decides where tensors land while loading: "cpu", a torch.device,
# a dict {saved device: new device}, or a function. A dict moves them here:
shapes_only = torch.load("ckpt.pt", weights_only=True, map_location={"cpu": "meta"})
print("with {'cpu': 'meta'}:", shapes_only["model"]["weight"].device)
ckpt = torch.load("ckpt.pt", weights_only=True, map_location="cpu")  # e.g. from a GPU
print("exp_avg as saved:", ckpt["optimizer"]["state"][0]["exp_avg"].dtype)

model2 = torch.nn.Linear(3, 1)  # float32 this time
model2.load_state_dict(ckpt["model"])  # copies values into the float32 params
opt2 = torch.optim.Adam(model2.parameters(), lr=0.01)
opt2.load_state_dict(ckpt["optimizer"])  # casts state to each param's dtype/device
state = opt2.state[model2.weight]
print("weight:", model2.weight.dtype, "| exp_avg:", state["exp_avg"].dtype,
      "| step:", state["step"].dtype, state["step"].device)
