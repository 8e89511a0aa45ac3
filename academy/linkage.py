"""Names as the sources write them, and linking the sources on a key.

The three sources of the card game write the same name in their own way
("F. van Dongen", "F.van Dongen", "Dongen, F. van"). ``canonical_name``
brings each spelling back to one form; ``name_key`` makes a key to match on.
"""

from __future__ import annotations

import re

_INITIALS_GLUED = re.compile(r"^((?:[A-Za-z]\.)+)(?=\S)")
_SPACES = re.compile(r"\s+")
_NOT_LETTERS = re.compile(r"[^a-z]")


def canonical_name(name: str) -> str:
    """One way of writing a name: initials, tussenvoegsel, surname.

    >>> canonical_name("Dongen, F. van")
    'F. van Dongen'
    >>> canonical_name("F.van Dongen")
    'F. van Dongen'
    """
    name = _SPACES.sub(" ", str(name).strip())
    if "," in name:
        surname, rest = (part.strip() for part in name.split(",", 1))
        name = f"{rest} {surname}"
    name = _INITIALS_GLUED.sub(r"\1 ", name)
    return name


def name_key(name: str) -> str:
    """A matching key: the canonical name in lower case, letters only."""
    return _NOT_LETTERS.sub("", canonical_name(name).casefold())
