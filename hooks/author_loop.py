"""Under `make serve`, rebuild the site after the author loop has written a snippet's output.

engine/watch.py re-runs a saved snippet and then writes its `.out`. If `mkdocs serve` rebuilt on
the save itself, the page would show the new code over the old output first. So when the loop
starts `mkdocs serve` (it sets AUTHOR_LOOP_TRIGGER), `snippets/` is not watched; the folder of
the file that the loop rewrites after each pass is. Without that variable this hook does nothing,
and a plain `mkdocs serve` watches `snippets/` as mkdocs.yml says.
"""

from __future__ import annotations

import logging
import os


def on_startup(command, dirty):
    if os.environ.get("AUTHOR_LOOP_TRIGGER"):
        # One INFO line per notebook per build would bury the loop's diffs in the terminal.
        for name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
            logging.getLogger(name).setLevel(logging.WARNING)


def on_serve(server, config, builder):
    trigger = os.environ.get("AUTHOR_LOOP_TRIGGER")
    if trigger:
        root = os.path.dirname(os.path.abspath(config.config_file_path))
        snippets = os.path.join(root, "snippets")
        # mkdocs watches config.watch right after this event, so leaving snippets/ out is enough.
        config.watch[:] = [p for p in config.watch if os.path.abspath(p) != snippets]
        server.watch(os.path.dirname(trigger))
    return server
