import datetime
import os
import tempfile
import time
import warnings

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

with warnings.catch_warnings():  # torch 2.13 compiles TorchScript for
    warnings.filterwarnings("ignore", "`torch.jit")  # its helpers on import
    from torch.distributed.optim import ZeroRedundancyOptimizer

WORLD = 2


def setup(rank):
    torch.manual_seed(0)
    model = DDP(nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 4)))
    opt = ZeroRedundancyOptimizer(model.parameters(),
                                  optimizer_class=torch.optim.Adam)
    model(torch.randn(8, 16)).square().mean().backward()
    opt.step()
    return model, opt


def outcome(call):
    try:
        call()
        return "works"
    except RuntimeError as e:  # first sentence; no source line, no port
        why = str(e).rsplit("] ", 1)[-1].split(". ")[0].split(" [")[0]
        return f"RuntimeError: {why}"


def worker(rank, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv",
                            rank=rank, world_size=WORLD,
                            timeout=datetime.timedelta(seconds=1))
    model, opt = setup(rank)
    out = [f"state_dict() first: {outcome(opt.state_dict)}"]
    opt.consolidate_state_dict(to=0)  # a collective: every rank calls it
    if rank == 0:
        torch.save(opt.state_dict(), f"{folder}/optim.pt")
    dist.barrier()  # the file is written before anyone reads it
    out.append(f"after consolidate(to=0): {outcome(opt.state_dict)}")
    model, fresh = setup(rank)  # resume: every rank loads the full file
    fresh.load_state_dict(torch.load(f"{folder}/optim.pt"))
    out.append(f"loaded, keeps state for {len(fresh.optim.state)} of 4")
    if rank == 0:  # the bug: only the saving rank consolidates
        alone = outcome(opt.consolidate_state_dict)
        out.append(f"consolidates alone: {alone}")
    else:  # rank 1 skips it and, after rank 0 gave up, goes on training
        time.sleep(1.5)
        step = lambda: model(torch.randn(8, 16)).square().mean().backward()
        out.append(f"skips it, next step: {outcome(step)}")
    results.put((rank, out))


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:  # rendezvous, checkpoint
        mp.start_processes(worker, (folder, results), nprocs=WORLD,
                           start_method="fork")
    for rank, out in sorted(results.get() for _ in range(WORLD)):
        print(f"rank {rank}:", *out, sep="\n  ")
