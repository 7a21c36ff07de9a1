# Starts worker processes both ways torch can: fork, and spawn (which re-imports this file as
# __mp_main__ in a new interpreter, so the runner must leave it findable). The parent prints.
import torch.multiprocessing as mp


def work(rank, method, results):
    results.put((method, rank, rank * rank))


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        results = mp.get_context(method).SimpleQueue()
        mp.start_processes(work, (method, results), nprocs=2, start_method=method)
        print(sorted(results.get() for _ in range(2)))
