import os
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.checkpoint.state_dict import (
    StateDictOptions, get_optimizer_state_dict, set_optimizer_state_dict)
from torch.distributed.fsdp import fully_shard
from torch.distributed.tensor import DTensor

WORLD = 2


def build():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 5), nn.Tanh(), nn.Linear(5, 1))
    for layer in (model[0], model[2], model):  # inner modules first
        fully_shard(layer)  # parameters become DTensor shards
    return model, torch.optim.Adam(model.parameters(), lr=0.01)


def show(state, keys=("step", "exp_avg", "exp_avg_sq")):  # type, local shape
    local = {k: v.to_local() if isinstance(v, DTensor) else v
             for k, v in state.items()}
    return ", ".join(f"{k} {type(state[k]).__name__} {tuple(local[k].shape)}"
                     for k in keys)


def worker(rank, folder, results):
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # loopback only
    torch.set_num_threads(1)  # the ranks share the CPU cores
    dist.init_process_group("gloo", init_method=f"file://{folder}/rdzv",
                            rank=rank, world_size=WORLD)
    model, opt = build()
    model(torch.randn(8, 4)).square().mean().backward()
    opt.step()
    out = []
    for name, p in model.named_parameters():
        m = opt.state[p]["exp_avg"]  # same layout as its parameter
        out.append(f"{name:8} {str(tuple(p.shape)):6} param {p.placements} "
                   f"{tuple(p.to_local().shape)}, exp_avg {m.placements} "
                   f"{tuple(m.to_local().shape)}")
    sharded = get_optimizer_state_dict(model, opt)  # keyed by name
    full = get_optimizer_state_dict(model, opt, options=StateDictOptions(
        full_state_dict=True, cpu_offload=True))  # gathered on rank 0
    out.append(f"sharded state dict: {list(sharded['state'])}")
    out.append(f"  0.weight: {show(sharded['state']['0.weight'])}")
    out.append(f"full state dict: {full}" if not full else
               f"full state dict 0.weight: {show(full['state']['0.weight'])}")
    model2, opt2 = build()  # a new optimizer, filled from rank 0's copy
    set_optimizer_state_dict(model2, opt2, full, options=StateDictOptions(
        full_state_dict=True, broadcast_from_rank0=True))
    same = all(torch.equal(opt.state[p]["exp_avg"].to_local(),
                           opt2.state[q]["exp_avg"].to_local())
               for p, q in zip(model.parameters(), model2.parameters()))
    out.append(f"set from rank 0's full copy, same shards: {same}")
    results.put((rank, out))
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as folder:  # rendezvous file
        mp.start_processes(worker, (folder, results), nprocs=WORLD,
                           start_method="fork")
    for rank, out in sorted(results.get() for _ in range(WORLD)):
        print(f"rank {rank}:", *out, sep="\n  ")
