"""The from-scratch optimizers of the "Build your own" pages against torch.optim, on PyTorch's own
test configurations (`torch.testing._internal.common_optimizers.optim_db`).

Every entry of `optim_inputs_func(device="cpu")` for all 15 optimizers of torch.optim is one test
case, id `<Optimizer>-<desc>`. Each runs ours and torch's (for-loop path, `foreach=False` where the
class has that switch) side by side for STEPS steps on a small model with two param groups, and
asserts that parameters, returned losses, every state tensor and the shared group hyperparameters
are bit-for-bit equal. Three optimizers need another model, as torch itself demands: LBFGS takes
one param group, Muon only 2-D parameters, SparseAdam only sparse gradients (an embedding with
`sparse=True`). Entries that only exist for CUDA (`capturable=True`) are skipped cases, with the
reason.

Our classes are found, not listed: every `snippets/<chapter>/scratch_*.py` module is imported,
and each `torch.optim.Optimizer` subclass it defines under a torch.optim name is ours.

Importing optim_db pulls in torch's test utilities, which change process-wide state (warning
filters, an environment variable, frozen `torch.backends` flags). The forked snippet runner in the
same pytest process must not inherit that, so the entries are read in a child interpreter and
passed back as JSON.

`case_counts()` returns how many cases each optimizer has (used by `make bench`).
"""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]
SCRATCH_FILES = sorted(ROOT.glob("snippets/*/scratch_*.py"))
for folder in sorted({f.parent for f in SCRATCH_FILES}):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

# What torch's optim_db promises for device="cpu" on the pinned torch; a change in torch shows up here.
EXPECTED_CPU_CASES = {"Adadelta": 6, "Adafactor": 5, "Adagrad": 7, "Adam": 5, "Adamax": 5,
                      "AdamW": 5, "ASGD": 7, "LBFGS": 5, "Muon": 7, "NAdam": 7, "RAdam": 6,
                      "RMSprop": 8, "Rprop": 5, "SGD": 9, "SparseAdam": 4}
STEPS = 25


def _ours() -> dict[str, type]:
    found = {}
    for f in SCRATCH_FILES:
        module = importlib.import_module(f.stem)
        for name, obj in vars(module).items():
            if (isinstance(obj, type) and obj.__module__ == module.__name__
                    and issubclass(obj, torch.optim.Optimizer) and name in EXPECTED_CPU_CASES):
                assert name not in found, f"two from-scratch {name} classes: {found[name]} and {obj}"
                found[name] = obj
    return found


OURS = _ours()

_READ_DB = r"""
import json, torch
from torch.testing._internal.common_optimizers import optim_db

def enc(v):
    if isinstance(v, torch.Tensor):
        return {"tensor": v.tolist(), "dtype": str(v.dtype).removeprefix("torch.")}
    if isinstance(v, (tuple, list)):
        return {"tuple": [enc(x) for x in v]}
    return v

out = []
for info in optim_db:
    name = info.optim_cls.__name__
    if name not in NAMES:
        continue
    cpu = info.optim_inputs_func(device="cpu")
    seen = {i.desc for i in cpu}
    for inp, where in [(i, "cpu") for i in cpu] + [
            (i, "cuda") for i in info.optim_inputs_func(device="cuda") if i.desc not in seen]:
        out.append({"optim": name, "desc": inp.desc, "where": where,
                    "kwargs": {k: enc(v) for k, v in inp.kwargs.items()},
                    "has_params": inp.params is not None})
print(json.dumps(out))
"""


@lru_cache(maxsize=1)
def db_entries() -> list[dict]:
    """The optim_db entries for the optimizers of torch.optim, read in a child interpreter."""
    code = f"NAMES = {sorted(EXPECTED_CPU_CASES)!r}\n" + _READ_DB
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"could not read torch's optim_db (is expecttest installed?):\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def decode(v):
    if isinstance(v, dict) and "tensor" in v:
        return torch.tensor(v["tensor"], dtype=getattr(torch, v["dtype"]))
    if isinstance(v, dict) and "tuple" in v:
        return tuple(decode(x) for x in v["tuple"])
    return v


def case_counts() -> dict[str, dict[str, int]]:
    """{optimizer: {"run": cases compared on CPU, "skipped": CUDA-only entries}}."""
    counts = {name: {"run": 0, "skipped": 0} for name in EXPECTED_CPU_CASES}
    for e in db_entries():
        counts[e["optim"]]["run" if e["where"] == "cpu" else "skipped"] += 1
    return counts


def _params():
    return [pytest.param(e, id=f"{e['optim']}-{e['desc']}") for e in db_entries()]


def _model_and_groups(name: str, kwargs: dict, torch_cls):
    """A small model and its param groups; the second group has half the learning rate.

    Most optimizers get a 3-4-2 MLP with one group per layer. Muon takes only matrices, so its
    layers have no bias. SparseAdam takes only sparse gradients: two embeddings with
    `sparse=True`, one per group. LBFGS refuses a second group: one group, the whole MLP.
    """
    torch.manual_seed(0)
    if name == "SparseAdam":
        model = torch.nn.ModuleList([torch.nn.Embedding(6, 2, sparse=True) for _ in range(2)])
        layers = list(model)
    else:
        bias = name != "Muon"
        model = torch.nn.Sequential(torch.nn.Linear(3, 4, bias=bias), torch.nn.Tanh(),
                                    torch.nn.Linear(4, 2, bias=bias))
        layers = [model[0], model[2]]
    if name == "LBFGS":
        return model, [{"params": list(model.parameters())}]
    lr = kwargs.get("lr", inspect.signature(torch_cls).parameters["lr"].default)
    return model, [{"params": list(layers[0].parameters())},
                   {"params": list(layers[1].parameters()), "lr": lr * 0.5}]


def _loss(name: str, model, x, y, step: int):
    if name == "SparseAdam":
        # Each step looks up four rows of each table, a different batch each step, so each
        # gradient is sparse and some rows get none: SparseAdam's lazy update is tested too.
        rows = slice(4 * (step % 4), 4 * (step % 4) + 4)
        idx = (x[rows].abs() * 10).long() % 6
        out = model[0](idx[:, 0]) + model[1](idx[:, 1])
        return torch.nn.functional.mse_loss(out, y[rows])
    return torch.nn.functional.mse_loss(model(x), y)


def _same(a, b) -> bool:
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor) and torch.equal(a, b)
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _run(name, opt_cls, kwargs, torch_cls, x, y):
    kwargs = copy.deepcopy(kwargs)  # no tensor hyperparameter shared between the two runs
    model, groups = _model_and_groups(name, kwargs, torch_cls)
    opt = opt_cls(groups, **kwargs)
    losses = []
    # ASGD starts averaging after t0 steps: run past it, so the average itself is compared too.
    steps = max(STEPS, int(kwargs["t0"]) + 5) if name == "ASGD" and "t0" in kwargs else STEPS
    for step in range(steps):
        def closure():
            opt.zero_grad()
            loss = _loss(name, model, x, y, step)
            loss.backward()
            return loss
        losses.append(opt.step(closure))
    return model, opt, losses


@pytest.mark.parametrize("entry", _params())
def test_scratch_matches_torch(entry):
    if entry["where"] != "cpu":
        pytest.skip(f"{entry['optim']} entry {entry['desc']!r} is CUDA-only in optim_db "
                    f"(capturable=True keeps the step on the GPU for CUDA graphs); "
                    f"our optimizers are the eager CPU for-loop path")
    assert not entry["has_params"], "entry brings its own params; this test builds its own model"
    name = entry["optim"]
    kwargs = {k: decode(v) for k, v in entry["kwargs"].items()}
    torch_cls = getattr(torch.optim, name)
    if name not in OURS:
        pytest.fail(f"no from-scratch {name} yet: write it as a torch.optim.Optimizer subclass "
                    f"named {name} in a snippets/<chapter>/scratch_*.py module", pytrace=False)
    loop = {"foreach": False} if "foreach" in inspect.signature(torch_cls).parameters else {}
    torch.manual_seed(1)
    x, y = torch.randn(16, 3), torch.randn(16, 2)

    ours_model, ours, ours_losses = _run(name, OURS[name], kwargs, torch_cls, x, y)
    ref_model, ref, ref_losses = _run(name, lambda g, **kw: torch_cls(g, **kw, **loop),
                                      kwargs, torch_cls, x, y)

    assert [l.item() for l in ours_losses] == [l.item() for l in ref_losses], "closure losses differ"
    for (pname, a), b in zip(ours_model.named_parameters(), ref_model.parameters()):
        assert torch.equal(a, b), f"{pname}: max |ours - torch| = {(a - b).abs().max().item():.3g}"
    for pname, p_ours in ours_model.named_parameters():
        p_ref = dict(ref_model.named_parameters())[pname]
        s_ours, s_ref = ours.state[p_ours], ref.state[p_ref]
        assert list(s_ours) == list(s_ref), f"{pname}: state keys {list(s_ours)} != {list(s_ref)}"
        for key, v_ref in s_ref.items():
            v = s_ours[key]
            if isinstance(v_ref, torch.Tensor) and isinstance(v, torch.Tensor):
                assert v.dtype == v_ref.dtype and v.shape == v_ref.shape, f"{pname}.{key}"
                assert torch.equal(v, v_ref), \
                    f"{pname} state[{key!r}]: max diff {(v - v_ref).abs().max().item():.3g}"
            else:  # LBFGS keeps lists of tensors and Python numbers too
                assert _same(v, v_ref), f"{pname} state[{key!r}]: {v!r} != {v_ref!r}"
    for g_ours, g_ref in zip(ours.param_groups, ref.param_groups):
        for key in g_ours:
            if key != "params":
                assert _same(g_ours[key], g_ref[key]), \
                    f"param group {key!r}: {g_ours[key]!r} != {g_ref[key]!r}"


class _CountsSummary:
    """Adds the per-optimizer case counts to pytest's terminal summary (see test_case_counts)."""

    def __init__(self, counts):
        self.counts = counts

    def pytest_terminal_summary(self, terminalreporter):
        terminalreporter.section("optim_db equivalence cases per optimizer")
        for name, c in self.counts.items():
            ours = "bit-exact" if name in OURS else "NO from-scratch class yet"
            terminalreporter.write_line(
                f"{name:10} {c['run']:2d} CPU cases ({ours}), {c['skipped']} CUDA-only skipped")


def test_case_counts(request):
    """Every optim_db CPU entry is a case; CUDA-only entries are listed as skipped cases.

    Also registers a small plugin so that the counts appear at the end of the test output.
    """
    counts = case_counts()
    manager = request.config.pluginmanager
    if not manager.has_plugin("optim-db-case-counts"):
        manager.register(_CountsSummary(counts), "optim-db-case-counts")
    assert {k: v["run"] for k, v in counts.items()} == EXPECTED_CPU_CASES


PAGE = ROOT / "docs" / "build_your_own.md"  # the page with the table of every optim_db case
TABLE_HEADER = re.compile(r"^\s*\|.*\|\s*Line in `(scratch_\w+\.py)`\s*\|\s*$")
TABLE_CODE = re.compile(r"^\s*\|.*\|\s*(`[^|]+`)\s*\|\s*$")


def equation_tables() -> dict[str, list[str]]:
    """{"docs/page.md: scratch_x.py": [code quoted in that table's right-hand column]}."""
    tables: dict[str, list[str]] = {}
    for page in sorted((ROOT / "docs").glob("*.md")):
        module = None
        for row in page.read_text().splitlines():
            if m := TABLE_HEADER.match(row):
                module = m.group(1)
                tables.setdefault(f"docs/{page.name}: {module}", [])
            elif module and (m := TABLE_CODE.match(row)):
                tables[f"docs/{page.name}: {module}"] += re.findall(r"`([^`]+)`", m.group(1))
            elif not row.strip().startswith("|"):
                module = None
    return tables


def test_equation_tables_quote_real_lines():
    """Each code cell of an equation table is a line of the scratch module its header names,
    and every from-scratch module has an equation table."""
    modules = {f.name: {line.strip() for line in f.read_text().splitlines()} for f in SCRATCH_FILES}
    tables = equation_tables()
    untabled = sorted(set(modules) - {key.split(": ")[1] for key in tables})
    assert not untabled, f"from-scratch modules with no equation table on any page: {untabled}"
    problems = []
    for key, quoted in tables.items():
        module = key.split(": ")[1]
        if module not in modules:
            problems.append(f"{key}: no snippets/*/{module}")
            continue
        if len(quoted) < 3:
            problems.append(f"{key}: only {len(quoted)} code lines in the table")
        problems += [f"{key}: {c!r} is not a line of {module}" for c in quoted if c not in modules[module]]
    assert not problems, "\n".join(problems)


def test_page_lists_every_case():
    """The page's table names every CPU entry of optim_db of each optimizer we have written."""
    rows = {m.group(1): m.group(2) for m in
            re.finditer(r"^\| (\w+) \| (\d+: .*?) \| \d+ \|$", PAGE.read_text(), re.M)}
    for name in sorted(OURS):
        descs = [e["desc"] for e in db_entries() if e["optim"] == name and e["where"] == "cpu"]
        row = rows.get(name, "")
        assert row.startswith(f"{len(descs)}: "), f"{PAGE.name}: row for {name} should say {len(descs)}"
        assert re.findall(r"`([^`]+)`", row) == descs, f"{PAGE.name}: row for {name} != {descs}"


# Adagrad with sparse gradients. optim_db marks Adagrad (and SGD) `supports_sparse`, but its
# entries run on dense gradients, so the sparse path of torch's Adagrad is checked here: two
# embeddings with `sparse=True`, one per param group, the second at half the learning rate. Each
# step looks up rows 0-5 of 10, so a gradient holds some rows, never all.
# torch refuses weight_decay with a sparse gradient, so the entries that set it are a separate test.

def _adagrad_cpu_entries(with_weight_decay: bool):
    return [pytest.param(e, id=f"Adagrad-{e['desc']}") for e in db_entries()
            if e["optim"] == "Adagrad" and e["where"] == "cpu"
            and bool(e["kwargs"].get("weight_decay", 0)) == with_weight_decay]


def _run_sparse_adagrad(opt_cls, kwargs):
    kwargs = copy.deepcopy(kwargs)
    torch.manual_seed(0)
    model = torch.nn.ModuleList([torch.nn.Embedding(10, 2, sparse=True) for _ in range(2)])
    lr = kwargs.get("lr", inspect.signature(torch.optim.Adagrad).parameters["lr"].default)
    opt = opt_cls([{"params": model[0].parameters()},
                   {"params": model[1].parameters(), "lr": lr * 0.5}], **kwargs)
    torch.manual_seed(1)
    x, y = torch.randn(16, 3), torch.randn(16, 2)
    idx = (x.abs() * 10).long() % 6

    def closure():
        opt.zero_grad()
        out = model[0](idx[:, :2]).sum(1) + model[1](idx[:, 1:]).sum(1)
        loss = torch.nn.functional.mse_loss(out, y)
        loss.backward()
        assert all(p.grad.is_sparse for p in model.parameters())
        return loss

    # torch's sparse Adagrad builds tensors with torch.sparse_coo_tensor, which warns once per
    # process unless the invariant checks are chosen explicitly: choose them, then restore the
    # implicit setting, so that no later test or forked snippet sees a changed process.
    try:
        with torch.sparse.check_sparse_tensor_invariants():
            losses = [opt.step(closure) for _ in range(STEPS)]
    finally:
        torch._C._set_check_sparse_tensor_invariants(None)
    return model, opt, losses


@pytest.mark.parametrize("entry", _adagrad_cpu_entries(with_weight_decay=False))
def test_scratch_adagrad_sparse_matches_torch(entry):
    """Ours and torch's Adagrad (for-loop path) on sparse gradients: the same bits, and only the
    looked-up rows of each embedding move."""
    kwargs = {k: decode(v) for k, v in entry["kwargs"].items()}
    ours_model, ours, ours_losses = _run_sparse_adagrad(OURS["Adagrad"], kwargs)
    ref_model, ref, ref_losses = _run_sparse_adagrad(
        lambda g, **kw: torch.optim.Adagrad(g, **kw, foreach=False), kwargs)
    assert [l.item() for l in ours_losses] == [l.item() for l in ref_losses], "closure losses differ"
    for (pname, a), b in zip(ours_model.named_parameters(), ref_model.parameters()):
        assert torch.equal(a, b), f"{pname}: max |ours - torch| = {(a - b).abs().max().item():.3g}"
        s_ours, s_ref = ours.state[a], ref.state[b]
        assert list(s_ours) == list(s_ref), f"{pname}: state keys {list(s_ours)} != {list(s_ref)}"
        for key, v_ref in s_ref.items():
            v = s_ours[key]
            assert v.dtype == v_ref.dtype and v.shape == v_ref.shape, f"{pname}.{key}"
            assert torch.equal(v, v_ref), f"{pname} state[{key!r}] differs"
    for g_ours, g_ref in zip(ours.param_groups, ref.param_groups):
        for key in g_ours:
            if key != "params":
                assert _same(g_ours[key], g_ref[key]), f"param group {key!r}"
    torch.manual_seed(0)
    start = torch.nn.Embedding(10, 2, sparse=True).weight.detach()
    moved = (ours_model[0].weight != start).any(dim=1)
    assert moved[:6].all() and not moved[6:].any(), "only the rows looked up should move"


@pytest.mark.parametrize("entry", _adagrad_cpu_entries(with_weight_decay=True))
def test_scratch_adagrad_sparse_refuses_weight_decay(entry):
    """torch refuses weight_decay with a sparse gradient, at the first step; ours refuses it with
    the same error. Without its weight_decay, the rest of the entry (maximize, lr_decay,
    initial_accumulator_value) then gives the same bits as torch on the sparse path."""
    kwargs = {k: decode(v) for k, v in entry["kwargs"].items()}
    messages = []
    for make in (OURS["Adagrad"], lambda g, **kw: torch.optim.Adagrad(g, **kw, foreach=False)):
        with pytest.raises(RuntimeError) as err:
            _run_sparse_adagrad(make, kwargs)
        messages.append(str(err.value))
    assert messages[0] == messages[1] == "weight_decay option is not compatible with sparse gradients"
    kwargs["weight_decay"] = 0
    ours_model, _, ours_losses = _run_sparse_adagrad(OURS["Adagrad"], kwargs)
    ref_model, _, ref_losses = _run_sparse_adagrad(
        lambda g, **kw: torch.optim.Adagrad(g, **kw, foreach=False), kwargs)
    assert [l.item() for l in ours_losses] == [l.item() for l in ref_losses]
    for a, b in zip(ours_model.parameters(), ref_model.parameters()):
        assert torch.equal(a, b)
