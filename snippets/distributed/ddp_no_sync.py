import os
import tempfile
from contextlib import nullcontext

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks import default_hooks
from torch.nn.parallel import DistributedDataParallel as DDP

WORLD, MICRO = 2, 4  # ranks; micro-batches per optimizer step
g = torch.Generator().manual_seed(0)
X, y = torch.randn(16, 4, generator=g), torch.randn(16, 1, generator=g)


def counting_hook(calls, bucket):  # DDP's default all-reduce, counted
    calls.append(bucket.index())
    return default_hooks.allreduce_hook(None, bucket)


def one_step(model, mode, X, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for i, (xb, yb) in enumerate(zip(X.chunk(MICRO), y.chunk(MICRO))):
        hold = mode != "nothing" and (i < MICRO - 1 or mode.endswith("4"))
        fwd = hold and mode.startswith("fwd")
        with model.no_sync() if fwd else nullcontext():
            out = model(xb)  # DDP decides here, at forward, whether to sync
        with model.no_sync() if hold else nullcontext():
            nn.functional.mse_loss(out, yb).div(MICRO).backward()
    opt.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


def run(rank, mode):  # this rank's weights after one step
    torch.manual_seed(0)
    model, calls = DDP(nn.Linear(4, 1)), []
    model.register_comm_hook(calls, counting_hook)
    w = one_step(model, mode, X[rank::WORLD], y[rank::WORLD])
    return w, len(calls)


def worker(rank, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv",
                            rank=rank, world_size=WORLD)
    torch.manual_seed(0)
    alone = one_step(nn.Linear(4, 1), "nothing", X, y)  # all 16 rows, 1 rank
    lines = ["no_sync() around   all-reduces  ranks agree  = one process"]
    for mode in ("nothing", "backward, first 3", "fwd+bwd, first 3",
                 "fwd+bwd, all 4"):
        w, calls = run(rank, mode)
        both = [torch.empty_like(w) for _ in range(WORLD)]
        dist.all_gather(both, w)
        close = torch.allclose(w, alone, rtol=0, atol=1e-6)
        lines.append(f"{mode:18} {calls:6}       "
                     f"{torch.equal(*both)!s:12} {close}")
    if rank == 0:
        results.put(lines)
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:  # rendezvous file
        mp.start_processes(worker, (folder, results), nprocs=WORLD,
                           start_method="fork")
    print(*results.get(), sep="\n")  # rank 0's report
