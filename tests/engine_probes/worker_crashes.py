# Rank 1 raises while rank 0 is still busy: torch ends rank 0 and raises in the parent with
# rank 1's traceback, which must reach the runner's report.
import time

import torch.multiprocessing as mp


def work(rank):
    if rank == 1:
        raise ValueError("rank 1 failed")
    time.sleep(60)


if __name__ == "__main__":
    print("starting", flush=True)
    mp.start_processes(work, nprocs=2, start_method="fork")
    print("not reached")
