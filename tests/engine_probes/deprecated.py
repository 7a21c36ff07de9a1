import warnings

warnings.warn("old API", DeprecationWarning)
print("not reached")
