import os
import tempfile

import torch
import torch.distributed as dist
import torch.distributed.checkpoint as dcp
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.checkpoint.state_dict import (
    StateDictOptions, get_state_dict, set_state_dict)
from torch.distributed.fsdp import fully_shard

g = torch.Generator().manual_seed(0)
X, y = torch.randn(12, 4, generator=g), torch.randn(12, 1, generator=g)
FULL = StateDictOptions(full_state_dict=True, cpu_offload=True)


def train(model, opt, rank, world, steps=3):
    for _ in range(steps):  # each rank: its share of the same 12 rows
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X[rank::world]), y[rank::world])
        loss.backward()  # FSDP averages the gradient over the ranks
        opt.step()


def flat(model, opt):  # the full weights and Adam state, on rank 0
    m, o = get_state_dict(model, opt, options=FULL)  # other ranks get {}
    return m and torch.cat([v.flatten() for v in m.values()] + [
        v.flatten() for s in o.get("state", {}).values() for v in s.values()])


def worker(rank, world, run, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", rank=rank, world_size=world,
                            init_method=f"file://{folder}/rdzv{run}")
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 1))
    for layer in (model[0], model[2], model):
        fully_shard(layer)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    ckpt = f"{folder}/checkpoint"
    if not os.path.exists(ckpt):  # the first run: 3 steps, save, 3 more
        train(model, opt, rank, world)
        m, o = get_state_dict(model, opt)  # sharded: each rank its part
        dcp.save({"model": m, "optim": o}, checkpoint_id=ckpt)
        saved = flat(model, opt)
    else:  # a new run, any number of ranks: load, then 3 steps
        m, o = get_state_dict(model, opt)  # this run's layout to fill
        state = {"model": m, "optim": o}
        dcp.load(state, checkpoint_id=ckpt)  # reads the parts it needs
        set_state_dict(model, opt, model_state_dict=state["model"],
                       optim_state_dict=state["optim"])
        saved = flat(model, opt)
    train(model, opt, rank, world)
    end = flat(model, opt)
    if rank == 0:
        results.put((saved.numpy(), end.numpy()))
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:
        for run, world in enumerate((2, 2, 3, 1)):  # save on 2; resume
            mp.start_processes(worker, (world, run, folder, results),
                               nprocs=world, start_method="fork")
            saved, end = map(torch.from_numpy, results.get())
            if run == 0:
                first_saved, straight = saved, end
                files = sorted(os.listdir(f"{folder}/checkpoint"))
                print(f"saved by 2 ranks: {files}")
                continue
            print(f"resume on {world} rank(s): loaded = saved, bit for bit: "
                  f"{torch.equal(saved, first_saved)}")
            print(f"  3 more steps: bit-equal to uninterrupted: "
                  f"{torch.equal(end, straight)}, within atol=1e-6: "
                  f"{torch.allclose(end, straight, rtol=0, atol=1e-6)}")
