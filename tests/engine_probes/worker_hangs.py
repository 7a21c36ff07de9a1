# Rank 0 waits in a gloo barrier that rank 1 never joins: blocked in C++, it ignores the SIGINT
# that torch sends workers when their parent dies, so only killing the process group ends it.
import os
import tempfile
import threading

import torch.distributed as dist
import torch.multiprocessing as mp


def work(rank, folder):
    print(f"worker {rank} pid {os.getpid()}", flush=True)
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv", rank=rank,
                            world_size=2)
    if rank == 0:
        dist.barrier()
    threading.Event().wait()  # rank 1 hangs here, in Python


if __name__ == "__main__":
    print(f"group {os.getpgid(0)}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        mp.start_processes(work, (folder,), nprocs=2, start_method="fork")
