"""Expose the pinned torch version to every page as `config.extra.torch_version`.

requirements.txt is the one place the version lives; tests check it against `torch.__version__`.
"""

import re
from pathlib import Path


def on_config(config):
    requirements = Path(config.config_file_path).parent / "requirements.txt"
    match = re.search(r"^torch==(\S+)", requirements.read_text(), re.M)
    if not match:
        raise ValueError(f"{requirements} has no exact torch==X.Y.Z pin")
    config.extra["torch_version"] = match.group(1)
    return config
