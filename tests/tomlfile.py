"""The bot's TOML config file, written from plain sections, for the tests and benchmarks that start the
real service in another process (tests/faults, tests/scale, benchmarks/)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def toml(sections: Mapping[str, Mapping[str, Any]]) -> str:
    """`{section: {key: value}}` as TOML: booleans and numbers as such, anything else as a string (a JSON
    string is a valid TOML basic string: quotes, backslashes and control characters escaped)."""
    lines: list[str] = []
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {_value(value)}" for key, value in values.items())
    return "\n".join(lines) + "\n"


def write_toml(path: Path, sections: Mapping[str, Mapping[str, Any]]) -> Path:
    """Write `toml(sections)` to `path`; returns `path`."""
    path.write_text(toml(sections))
    return path


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value))
