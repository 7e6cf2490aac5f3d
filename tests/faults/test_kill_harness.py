"""Kill the real service with SIGKILL, over and over, and prove that nothing is lost or sent twice.

The service (`run_bot.py run`, IMAP in from a real Dovecot, SMTP out to a real aiosmtpd server,
SQLite register) is started, killed at a random moment -- either at a named point through the
``TRIAGE_FAULT_KILL_AT`` hook (triage/faults.py) or by a timer from outside -- and started again,
while new mail keeps arriving. After the last kill a clean run finishes the work, a "person"
settles the letters the crashes left undecided (as the review queue asks them to), and then:

* every message appended to the mailbox is in the register exactly once, its bytes intact;
* every message is still on the IMAP server, in Processed or Quarantine: nothing was deleted,
  nothing is left in the INBOX;
* every complaint has one case and exactly one acknowledgement at the SMTP server;
* no letter reached the SMTP server twice, and no case has two letters of one kind;
* no out-of-office or newsletter got a letter; every due deadline step fired once (its letter
  was sent once).

CI mode: 100 kill runs over 500 messages. ``make soak`` (SOAK=1): 1,000 runs over 5,000 messages.
``TRIAGE_KILL_RUNS``, ``TRIAGE_KILL_MESSAGES`` and ``TRIAGE_KILL_SEED`` override (the seed is printed).
See docs/reliability.md.
"""

from __future__ import annotations

import collections
import email
import email.policy
import json
import os
import random
import re
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from tests.faults.service import (
    FAULT_ENV,
    PASSWORD_ENV,
    SEQ_HEADER,
    ServiceRunner,
    exited,
    harness_profile,
    kill,
    mail,
    service_config,
)
from triage.db import make_engine, make_session_factory, unit_of_work
from triage.models import Case, InboundMessage, Letter, LetterStatus
from triage.outbox import ACKNOWLEDGEMENT_LETTERS
from triage.rawstore import RawStore
from triage.review import approve_letter

SOAK = os.environ.get("SOAK", "").strip() not in ("", "0")
RUNS = int(os.environ.get("TRIAGE_KILL_RUNS") or (1000 if SOAK else 100))
MESSAGES = int(os.environ.get("TRIAGE_KILL_MESSAGES") or (5000 if SOAK else 500))
POINTS = (
    "intake.begin",
    "rawstore.before_rename",
    "intake.committed",
    "outbox.queue",
    "outbox.claimed",
    "outbox.sent",
    "scheduler.step",
)
EXEC_EVERY = 25  # every 25th kill run is a fresh interpreter instead of a fork-server child
COMPLAINT_KINDS = ("complaint", "data_protection_complaint")
_SEQ = re.compile(rb"^" + SEQ_HEADER.encode() + rb": (\d+)\r?$", re.M | re.I)


def seq_of(raw: bytes) -> int:
    found = _SEQ.search(raw)
    assert found, raw[:300]
    return int(found.group(1))


def plan_messages(count: int, rng: random.Random) -> list[tuple[int, str, bytes, bool]]:
    """(seq, kind, bytes, old) for the whole run. Old complaints arrived 5 weeks ago, so their
    4-week holding letter is due: the scheduler has work too."""
    planned: list[tuple[int, str, bytes, bool]] = []
    complaints: list[tuple[int, bytes]] = []
    for seq in range(1, count + 1):
        roll = rng.random()
        if roll < 0.78 or (roll >= 0.94 and not complaints):
            data = mail(seq, "complaint")
            complaints.append((seq, data))
            planned.append((seq, "complaint", data, rng.random() < 0.25))
        elif roll < 0.86:
            planned.append((seq, "out_of_office", mail(seq, "out_of_office"), False))
        elif roll < 0.91:
            planned.append((seq, "newsletter", mail(seq, "newsletter"), False))
        elif roll < 0.94:
            junk = f"{SEQ_HEADER}: {seq}\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\n".encode() + bytes(
                rng.randrange(32, 256) for _ in range(120)
            )
            planned.append((seq, "junk", junk, False))
        else:
            original_seq, original = rng.choice(complaints)
            copy = b"Received: by relay.example; Mon, 2 Nov 2026 09:00:01 +0000\r\n" + re.sub(
                rb"(?m)^" + SEQ_HEADER.encode() + rb": \d+\r$", f"{SEQ_HEADER}: {seq}\r".encode(), original, count=1
            )
            planned.append((seq, f"duplicate:{original_seq}", copy, False))
    return planned


@pytest.mark.slow
@pytest.mark.dovecot
def test_sigkill_at_random_points_loses_nothing_and_sends_nothing_twice(tmp_path, imap_account, smtp_server):
    seed = int(os.environ.get("TRIAGE_KILL_SEED") or random.randrange(1 << 30))
    rng = random.Random(seed)
    print(f"\nkill harness: seed {seed}, {RUNS} runs, {MESSAGES} messages (TRIAGE_KILL_SEED={seed} repeats it)")
    started = time.monotonic()
    profile = harness_profile(tmp_path)
    # The keyword-rules baseline classifier: loading the shipped model costs 0.5-0.8 s per start,
    # which a hundred restarts cannot afford (the other fault tests use the shipped model).
    config = service_config(
        tmp_path, imap_account, smtp_server, policy={"profile": str(profile)}, models={"path": str(tmp_path / "no-model")}
    )
    env = {k: v for k, v in os.environ.items() if k != FAULT_ENV}
    env[PASSWORD_ENV] = imap_account.password
    runner = ServiceRunner(tmp_path, config, env)
    planned = plan_messages(MESSAGES, rng)
    appender = imap_account.client()
    waiting = list(planned)
    stats: collections.Counter[str] = collections.Counter()
    surprises: list[str] = []
    durations: dict[str, list[float]] = {"hook": [], "timer": []}
    try:
        for run in range(RUNS):
            take = len(waiting) // (RUNS - run)
            if rng.random() < (len(waiting) % (RUNS - run)) / (RUNS - run):
                take += 1
            now = datetime.now(timezone.utc)
            for _, _, data, old in waiting[:take]:
                appender.append("INBOX", data, msg_time=now - timedelta(days=36) if old else None)
            del waiting[:take]

            deterministic = rng.random() < 0.7
            fault = f"{rng.choice(POINTS)}:{rng.choice((1, 1, 2, 3))}" if deterministic else None
            # A named point not reached within 3 s (no letter due, say) becomes a timer kill; the
            # timer kills land anywhere from start-up (about half a second) to the end of the work.
            limit = 3.0 if deterministic else rng.uniform(0.3, 1.8)
            run_started = time.monotonic()
            log_before = runner.log.stat().st_size if runner.log.exists() else 0
            args = ["run", "--config", str(config)]
            if run % EXEC_EVERY == 0:
                process = runner.exec_start(args, fault)
                pid = process.pid
                stats["exec_runs"] += 1
                limit += 3.0  # a fresh interpreter spends about three seconds importing first
            else:
                process = None
                pid = runner.spawn(args, fault)
            deadline = time.monotonic() + limit
            while time.monotonic() < deadline:
                if (process.poll() is not None) if process else exited(pid):
                    break
                time.sleep(0.02)
            kill(pid)
            status = process.wait() if process else runner.reap(pid)
            new_log = runner.log.read_bytes()[log_before:].decode(errors="replace")
            hit = re.search(FAULT_ENV + r": killed at (\S+)", new_log)
            if hit:
                stats[f"hook:{hit.group(1).split(':')[0]}"] += 1
            else:
                stats["timer_kills"] += 1
            durations["hook" if hit else "timer"].append(time.monotonic() - run_started)
            if status != -9:
                surprises.append(f"run {run} ({fault or 'timer'}) exited with {status}:\n{new_log[-3000:]}")
            if "Traceback" in new_log:
                surprises.append(f"run {run} ({fault or 'timer'}) logged a traceback:\n{new_log[-3000:]}")
        stats["kill_runs"] = RUNS
        kill_phase = time.monotonic() - started

        # -- the clean finish --------------------------------------------------------------------
        engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
        factory = make_session_factory(engine)
        with unit_of_work(factory) as session:
            # Letters a dead process held in SENDING: let their lease run out (instead of waiting
            # the two minutes), so the next run settles them.
            session.execute(
                update(Letter)
                .where(Letter.status == LetterStatus.SENDING.value)
                .values(claimed_at=datetime.now(timezone.utc) - timedelta(hours=1))
            )
        assert runner.exec_run(["run", "--once", "--config", str(config)]) == 0, runner.log_tail()
        delivered = {
            email.message_from_bytes(m.data, policy=email.policy.compat32)["Message-ID"] for m in smtp_server.messages
        }
        with unit_of_work(factory) as session:
            # The person: a letter held because its sending was interrupted is released when the
            # SMTP server's log shows it never arrived, and left alone when it did.
            held = session.scalars(
                select(Letter).where(Letter.status == LetterStatus.HELD.value, Letter.last_error.like("%interrupted%"))
            ).all()
            for letter in held:
                if letter.message_id in delivered:
                    stats["held_already_delivered"] += 1
                else:
                    approve_letter(session, letter.id, "reliability-harness")
                    stats["held_released"] += 1
        for _ in range(8):  # until nothing is left to do (the scheduler works 200 steps a tick)
            pid = runner.spawn(["run", "--once", "--config", str(config)])
            assert runner.reap(pid) == 0, runner.log_tail()
            last = json.loads([line for line in runner.log.read_text().splitlines() if line.startswith("{")][-1])
            if last["processed"] == 0 and last["letters_sent"] == 0:
                break
        # A last run in a fresh interpreter changes nothing.
        before = len(smtp_server.messages)
        assert runner.exec_run(["run", "--once", "--config", str(config)]) == 0, runner.log_tail()
        last = json.loads([line for line in runner.log.read_text().splitlines() if line.startswith("{")][-1])
        assert last["processed"] == 0 and last["letters_sent"] == 0 and len(smtp_server.messages) == before

        # -- the checks --------------------------------------------------------------------------
        assert not surprises, "\n\n".join(surprises[:3])
        by_seq = {seq: (kind, data, old) for seq, kind, data, old in planned}
        store = RawStore(tmp_path / "messages")
        with unit_of_work(factory) as session:
            rows = session.scalars(select(InboundMessage)).all()
            row_seq: dict[int, InboundMessage] = {}
            for row in rows:
                raw = store.get(row.raw_sha256)
                seq = seq_of(raw)
                assert seq not in row_seq, f"message {seq} is in the register twice"
                assert raw == by_seq[seq][1], f"message {seq}: stored bytes differ from what was delivered"
                row_seq[seq] = row
            assert sorted(row_seq) == sorted(by_seq), "messages missing from the register"
            assert not [r.id for r in rows if r.status in ("stored", "failed")], "unfinished or failed messages"
            cases = {c.id: c for c in session.scalars(select(Case))}
            letters = {l.message_id: l for l in session.scalars(select(Letter))}

        # The IMAP server: everything moved, nothing deleted.
        on_server: collections.Counter[int] = collections.Counter()
        for folder in ("INBOX", "Processed", "Quarantine"):
            client = imap_account.client()
            try:
                if not client.folder_exists(folder):
                    continue
                client.select_folder(folder, readonly=True)
                uids = client.search(["ALL"])
                for item in client.fetch(uids, ["BODY.PEEK[]"]).values() if uids else ():
                    seq = seq_of(bytes(item[b"BODY[]"]))
                    on_server[seq] += 1
                    if folder == "INBOX":
                        pytest.fail(f"message {seq} is still in the INBOX after the clean run")
            finally:
                client.logout()
        assert on_server == collections.Counter(list(by_seq)), "the server lost or duplicated messages"

        # Letters: none twice, every complaint acknowledged exactly once.
        at_server = collections.Counter()
        sent_per_case_kind: collections.Counter[tuple[int | None, str]] = collections.Counter()
        recipients = collections.Counter()
        for received in smtp_server.messages:
            message_id = email.message_from_bytes(received.data, policy=email.policy.compat32)["Message-ID"]
            at_server[message_id] += 1
            letter = letters.get(message_id)
            assert letter is not None, f"the SMTP server got a letter the register does not know: {message_id}"
            sent_per_case_kind[(letter.case_id, letter.kind)] += 1
            recipients.update(received.recipients)
        assert max(at_server.values()) == 1, [m for m, n in at_server.items() if n > 1][:5]
        assert max(sent_per_case_kind.values()) == 1
        by_case_kind = collections.Counter((l.case_id, l.kind) for l in letters.values())
        assert max(by_case_kind.values()) == 1, "a case got two letters of one kind in the register"
        complaints = [seq for seq, (kind, _, _) in by_seq.items() if kind == "complaint"]
        for seq in complaints:
            case = cases[row_seq[seq].case_id]
            assert case.kind in COMPLAINT_KINDS, (seq, case.kind)
            acks = sum(n for (case_id, kind), n in sent_per_case_kind.items() if case_id == case.id and kind in ACKNOWLEDGEMENT_LETTERS)
            assert acks == 1, f"complaint {seq} ({case.reference}) got {acks} acknowledgements"
            if by_seq[seq][2]:  # five weeks old: the 4-week holding letter went out once
                assert sent_per_case_kind[(case.id, "holding")] == 1, f"old complaint {seq}: no holding letter"
        for seq, (kind, _, _) in by_seq.items():
            if kind.startswith("duplicate:"):
                original = int(kind.split(":")[1])
                assert row_seq[seq].case_id == row_seq[original].case_id and row_seq[seq].status == "duplicate"
            if kind in ("out_of_office", "newsletter"):
                assert row_seq[seq].case_id is None or cases[row_seq[seq].case_id].kind not in COMPLAINT_KINDS
        machine_senders = {f"colleague{s}@lender.example" for s, (k, _, _) in by_seq.items() if k == "out_of_office"}
        machine_senders.add("news@bulletin.example")
        assert not machine_senders & set(recipients), "machine mail was answered"
        engine.dispose()
    finally:
        runner.close()
        try:
            appender.logout()
        except Exception:  # noqa: BLE001
            pass
    stats["messages"] = MESSAGES
    stats["complaints"] = len(complaints)
    stats["letters_at_smtp"] = len(smtp_server.messages)
    for mode, values in durations.items():
        stats[f"mean_{mode}_run_seconds"] = round(sum(values) / len(values), 2) if values else 0
    summary = dict(sorted(stats.items()), kill_phase_seconds=round(kill_phase, 1), total_seconds=round(time.monotonic() - started, 1), seed=seed)
    print("kill harness summary: " + json.dumps(summary))
    (tmp_path / "summary.json").write_text(json.dumps(summary, indent=2))
