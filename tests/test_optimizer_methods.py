"""Every public method of torch.optim.Optimizer is called in a snippet that a page includes."""

from __future__ import annotations

import inspect
import re

import torch
from test_snippets import ROOT, included_paths

GLOBAL = ("register_optimizer_step_pre_hook", "register_optimizer_step_post_hook")


def public_methods() -> list[str]:
    return [n for n, _ in inspect.getmembers(torch.optim.Optimizer, inspect.isfunction)
            if not n.startswith("_")]


def test_every_public_optimizer_method_is_called_on_a_page():
    code = "\n".join((ROOT / s).read_text() for s in sorted(included_paths()) if s.endswith(".py"))
    missing = [n for n in [*public_methods(), *GLOBAL] if not re.search(rf"\b{n}\(", code)]
    assert not missing, f"not called as `name(` in any snippet included by a docs/*.md page: {missing}"


def test_the_list_is_not_empty():
    assert {"step", "zero_grad", "profile_hook_step", "register_step_pre_hook"} <= set(public_methods())
