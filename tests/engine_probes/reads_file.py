# Reads a file it did not write, when one is there; alone, in an empty folder, there is none.
try:
    with open("shared.txt") as f:
        print("found:", f.read().strip())
except FileNotFoundError:
    print("no shared.txt")
