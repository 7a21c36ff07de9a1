# Leaves a file in the folder.
with open("shared.txt", "w") as f:
    f.write("written by writes_file.py\n")
print("wrote shared.txt")
