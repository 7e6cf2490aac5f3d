"""atheris fuzz target: `mail.parse.parse_message` and the auto-mail check on arbitrary bytes.

Run (see docs/reliability.md): ``make fuzz`` or
``.venv/bin/python fuzz/fuzz_parse.py -max_total_time=60 var/fuzz/parse data/demo_inbox``.
A crash is an uncaught exception or a broken invariant: a header value with a line break, an
attachment name with a path in it. libFuzzer writes the input that broke it to ``crash-<sha1>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["mail", "mailparser"]):
    import mailparser  # noqa: F401 - imported here so that it is instrumented

    from mail.automail import detect_auto_mail
    from mail.parse import MAX_HEADER_VALUE, parse_message

BREAKS = set("\r\n\x00")


def check(parsed) -> None:  # noqa: ANN001
    for value in (parsed.subject, parsed.from_name, parsed.from_address or "", parsed.message_id or "", parsed.in_reply_to or ""):
        if BREAKS & set(value) or len(value) > MAX_HEADER_VALUE:
            raise AssertionError(f"unsafe header value {value[:80]!r}")
    for name, value in parsed.headers:
        if BREAKS & set(name + value):
            raise AssertionError(f"unsafe header {name[:40]!r}")
    for attachment in parsed.attachments:
        name = attachment.filename
        if not name or "/" in name or "\\" in name or name.startswith(".") or any(ord(c) < 32 for c in name):
            raise AssertionError(f"unsafe attachment name {name!r}")


def test_one_input(data: bytes) -> None:
    parsed = parse_message(data)
    check(parsed)
    detect_auto_mail(parsed.header_map(), parsed.from_address, parsed.subject, own_domains=("firm.example",), loop_id="x")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
