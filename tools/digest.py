"""One SHA-256 over named files and package versions: the stamp a build compares to skip work."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path


def inputs_digest(files: Iterable[tuple[str, Path]], packages: Iterable[str] = (), extra: str = "") -> str:
    """Names, sizes and bytes of ``files`` (name, path), the installed versions of ``packages``, and ``extra``."""
    digest = hashlib.sha256()
    for name, path in files:
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode() + data)
    for package in packages:
        digest.update(f"{package}=={metadata.version(package)}\0".encode())
    digest.update(extra.encode())
    return digest.hexdigest()
