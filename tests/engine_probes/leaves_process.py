# Ends while a process it started still runs: `python` would leave it behind, the runner kills it.
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(60)
    os._exit(0)
print(f"left {pid}")
