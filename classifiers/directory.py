"""Read the firm directory CSV (`firm_id,name,aliases,domains,complaints_email,department,phone,address`)."""

from __future__ import annotations

import csv
from pathlib import Path

from classifiers.types import Firm


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def read_firms(path: str | Path) -> list[Firm]:
    """Parse a firm directory; aliases and domains are `;`-separated. Raises ValueError on a bad file."""
    firms: list[Firm] = []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = {"firm_id", "name"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"firm directory {path} lacks columns: {', '.join(sorted(missing))}")
        for row in reader:
            firm_id = (row.get("firm_id") or "").strip()
            if not firm_id:
                continue
            firms.append(
                Firm(
                    firm_id=firm_id,
                    name=(row.get("name") or "").strip(),
                    aliases=_split(row.get("aliases")),
                    domains=tuple(d.lower() for d in _split(row.get("domains"))),
                    complaints_email=(row.get("complaints_email") or "").strip(),
                    department=(row.get("department") or "").strip(),
                    phone=(row.get("phone") or "").strip(),
                    address=(row.get("address") or "").strip(),
                )
            )
    return firms
