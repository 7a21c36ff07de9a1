import os
import tempfile
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


def state_bytes(opt):  # every tensor the optimizer keeps: moments, steps
    return sum(t.nbytes for s in opt.state.values() for t in s.values())


def train(rank, zero):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 32),
                        nn.ReLU(), nn.Linear(32, 4))
    model = DDP(net)
    opt = (ZeroRedundancyOptimizer(model.parameters(),
                                   optimizer_class=torch.optim.Adam)
           if zero else torch.optim.Adam(model.parameters()))
    g = torch.Generator().manual_seed(rank)  # each rank: its own data
    for _ in range(3):
        opt.zero_grad()
        model(torch.randn(8, 16, generator=g)).square().mean().backward()
        opt.step()
    local = opt.optim if zero else opt  # ZeRO: a plain Adam on a shard
    names = {p: n for n, p in net.named_parameters()}
    held = [names[p] for p in local.state]
    formula = sum(2 * 4 * p.numel() + 4 for p in local.state)  # + step
    weights = torch.cat([p.detach().flatten() for p in net.parameters()])
    return held, state_bytes(local), formula, weights


def worker(rank, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv",
                            rank=rank, world_size=WORLD)
    held, nbytes, formula, w_zero = train(rank, zero=True)
    _, full, _, w_adam = train(rank, zero=False)
    same = torch.equal(w_zero, w_adam)
    report = (held, nbytes, nbytes == formula, full, same)
    got = [None] * WORLD if rank == 0 else None
    dist.gather_object(report, got, dst=0)
    if rank == 0:
        results.put(got)
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:  # rendezvous file
        mp.start_processes(worker, (folder, results), nprocs=WORLD,
                           start_method="fork")
    for rank, (held, nbytes, ok, full, same) in enumerate(results.get()):
        print(f"rank {rank} keeps Adam state for {held}")
        print(f"  {nbytes} bytes; 8 per number + 4 per step: {ok}")
        print(f"  plain Adam: {full} on every rank, {full - nbytes} saved")
        print(f"  weights bit-equal to DDP + plain Adam: {same}")
