import os
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

WORLD = 2  # ranks: processes on this machine
g = torch.Generator().manual_seed(0)
X, y = torch.randn(8, 4, generator=g), torch.randn(8, 1, generator=g)


def train(model, X, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.mse_loss(model(X), y).backward()
        opt.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


def run(rank):
    torch.manual_seed(rank)  # each rank builds different weights...
    net = nn.Linear(4, 1)
    before = net.weight.detach().clone()
    model = DDP(net)  # ...and DDP copies rank 0's to every rank
    after = net.weight.detach().clone()
    return before, after, train(model, X[rank::WORLD], y[rank::WORLD])


def worker(rank, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv",
                            rank=rank, world_size=WORLD)
    got = [None] * WORLD if rank == 0 else None
    dist.gather_object(run(rank), got, dst=0)  # run's DDP model is gone
    if rank == 0:
        torch.manual_seed(0)  # rank 0's initial weights, in one process
        alone = train(nn.Linear(4, 1), X, y)  # on the whole batch
        (b0, a0, w0), (b1, a1, w1) = got
        results.put([
            f"initial weights equal on both ranks: {torch.equal(b0, b1)}",
            f"after DDP(model) equal:              {torch.equal(a0, a1)}",
            f"after 3 Adam steps, bit-equal:       {torch.equal(w0, w1)}",
            "equal to one process on the whole batch (atol=1e-6): "
            f"{torch.allclose(w0, alone, rtol=0, atol=1e-6)}"])
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:  # rendezvous file
        mp.start_processes(worker, (folder, results), nprocs=WORLD,
                           start_method="fork")
    print(*results.get(), sep="\n")  # rank 0's report
