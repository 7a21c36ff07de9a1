import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(torch.randn(4, 3)).sum().backward()
opt.step()


def add_metadata(optimizer, state_dict):  # after state_dict() builds it
    state_dict["meta"] = {"format": 2, "class": type(optimizer).__name__}


def strip_metadata(optimizer, state_dict):  # before load_state_dict()
    meta = state_dict.pop("meta", {"format": 1})  # old files had none
    if meta["format"] != 2 or meta.get("class") != type(optimizer).__name__:
        raise ValueError(f"{meta} is not for {type(optimizer).__name__}")
    print("  loading a checkpoint with", meta)
    return state_dict  # what load_state_dict() goes on to load


opt.register_state_dict_post_hook(add_metadata)
torch.save(opt.state_dict(), "optim.pt")
print("saved keys:", list(torch.load("optim.pt")))

new = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
new.register_load_state_dict_pre_hook(strip_metadata)
new.load_state_dict(torch.load("optim.pt"))
print("momentum buffer restored:",
      torch.equal(new.state[model.weight]["momentum_buffer"],
                  opt.state[model.weight]["momentum_buffer"]))

adam = torch.optim.Adam(model.parameters())
adam.register_load_state_dict_pre_hook(strip_metadata)
try:
    adam.load_state_dict(torch.load("optim.pt"))
except ValueError as err:
    print("Adam refused it:", err)
