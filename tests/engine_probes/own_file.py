# Writes its own file, then reads it back: run twice in one folder, it still reads only its own.
import torch

torch.save({"step": 1}, "own.pt")
with open("own.txt", "w") as f:
    f.write("mine\n")
with open("own.txt") as f:
    print(f.read().strip(), torch.load("own.pt", weights_only=True))
