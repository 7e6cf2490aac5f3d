"""Extract DISP 1 Annex 3R (1) from research/regulations.md Part B1 (blockquote, enclosing quotes removed)."""

from __future__ import annotations

from pathlib import Path

HEADING = "> **(1) The respondent does not consent to waive the six-month time limit in DISP 2.8.2 R (1)**"


def extract_annex3r_1(markdown: str) -> str:
    lines = markdown.splitlines()
    start = lines.index(HEADING) + 1
    quoted: list[str] = []
    for line in lines[start:]:
        if not line.startswith(">"):
            break
        quoted.append(line[1:].removeprefix(" "))
    text = "\n".join(quoted).strip("\n")
    assert text.startswith('"') and text.endswith('"'), "the wording is quoted in regulations.md"
    return text[1:-1]


def regulations_path() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "research" / "regulations.md"
