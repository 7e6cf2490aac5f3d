"""ImapSource against a real Dovecot: batches, moves, IDLE, restarts, cut connections, UIDVALIDITY."""

from __future__ import annotations

import threading

import pytest

from mail.errors import SourceError
from mail.imap import MemoryUidValidityState
from tests.servers import make_message

pytestmark = pytest.mark.dovecot


def drain(source, *, quarantine_large: bool = True):
    """What the service does: take every offered message and move it on."""
    seen = []
    for raw in source.fetch():
        seen.append(raw)
        if raw.too_large and quarantine_large:
            source.quarantine(raw, "too large")
        else:
            source.mark_processed(raw)
    return seen


def subject_of(raw) -> str:
    for line in raw.data.split(b"\r\n"):
        if line.lower().startswith(b"subject:"):
            return line.split(b":", 1)[1].strip().decode()
    return ""


def test_backlog_of_500_is_fetched_in_batches_and_moved(imap_account):
    imap_account.append(make_message(i) for i in range(500))
    with imap_account.source(batch_size=100) as source:
        fetched = drain(source)
    assert len(fetched) == 500
    assert [raw.uid for raw in fetched] == sorted(raw.uid for raw in fetched)  # oldest first
    assert len({raw.key for raw in fetched}) == 500
    assert all(raw.key == f"{raw.uidvalidity}:{raw.uid}" for raw in fetched)
    assert fetched[0].mailbox == f"imap://{imap_account.username}@127.0.0.1/INBOX"
    assert fetched[0].data.startswith(b"From: customer@example.org")
    assert fetched[0].internal_date is not None and fetched[0].size == len(fetched[0].data)
    assert imap_account.uids("INBOX") == []
    assert imap_account.subjects("Processed") == sorted(f"Complaint number {i}" for i in range(500))


def test_bodies_are_peeked_and_seen_flags_are_ignored(imap_account):
    imap_account.append([make_message(1)])
    imap_account.append([make_message(2)], flags=[b"\\Seen"])  # someone read it in Outlook
    client = imap_account.client()
    with imap_account.source() as source:
        raws = list(source.fetch())
        assert sorted(subject_of(r) for r in raws) == ["Complaint number 1", "Complaint number 2"]
        client.select_folder("INBOX")
        flags = client.get_flags(client.search(["ALL"]))
        assert [b"\\Seen" in f for _, f in sorted(flags.items())] == [False, True]
        # A person marks everything read (and unread) meanwhile: nothing changes for the bot.
        client.add_flags(client.search(["ALL"]), [b"\\Seen"])
        assert [r.key for r in source.fetch()] == [r.key for r in raws]
        client.remove_flags(client.search(["ALL"]), [b"\\Seen"])
        for raw in raws:
            source.mark_processed(raw)
        assert list(source.fetch()) == []
    client.logout()
    assert len(imap_account.uids("Processed")) == 2


def test_idle_wakes_up_for_mail_appended_by_another_client(imap_account):
    with imap_account.source(idle=True) as source:
        assert drain(source) == []
        woke = threading.Event()

        def waiter():
            source.wait_for_mail(30)
            woke.set()

        thread = threading.Thread(target=waiter)
        thread.start()
        # Append once the waiter is idling; IDLE must report it (no polling here).
        imap_account.append([make_message(7)])
        thread.join(timeout=40)
        assert woke.is_set()
        assert [subject_of(r) for r in drain(source)] == ["Complaint number 7"]


def test_wait_returns_at_once_when_mail_arrived_since_the_last_fetch(imap_account):
    with imap_account.source(idle=True) as source:
        assert drain(source) == []
        imap_account.append([make_message(8)])
        source.wait_for_mail(60)  # would hang for 60 s if the pending mail were not noticed
        assert len(drain(source)) == 1


def test_stop_interrupts_wait(imap_account):
    with imap_account.source(idle=True) as source:
        drain(source)
        timer = threading.Timer(0.5, source.stop)
        timer.start()
        source.wait_for_mail(120)  # returns because of stop(), not the timeout
        timer.join()


def test_dovecot_restart_mid_run_reconnects_without_loss(imap_account, dovecot):
    imap_account.append(make_message(i) for i in range(150))
    with imap_account.source(batch_size=100) as source:
        seen = []
        for n, raw in enumerate(source.fetch()):
            seen.append(raw)
            if n == 20:
                dovecot.restart()  # kills this session; the source must reconnect
            source.mark_processed(raw)
        assert source.reconnects >= 1
        seen += drain(source)
    assert len({r.key for r in seen}) == 150
    assert imap_account.uids("INBOX") == []
    assert len(imap_account.uids("Processed")) == 150


def test_connection_cut_in_the_middle_of_a_fetch_loses_nothing(imap_account, proxy_for):
    imap_account.append(make_message(i, size=20_000) for i in range(120))
    proxy = proxy_for(imap_account.port)
    # The first connection dies ~600 KB into the body download of the first batch.
    proxy.cut_after(600_000)
    with imap_account.source(port=proxy.port, batch_size=100) as source:
        fetched = drain(source)
        assert proxy.cuts == 1
        assert source.reconnects >= 1
    assert len({r.key for r in fetched}) == 120
    assert all(len(r.data) > 20_000 for r in fetched)
    assert imap_account.uids("INBOX") == []
    assert len(imap_account.uids("Processed")) == 120


def test_unreachable_server_gives_source_error_after_bounded_tries(imap_account, proxy_for):
    proxy = proxy_for(imap_account.port)
    proxy.close()  # nothing listens there any more
    source = imap_account.source(port=proxy.port, max_attempts=3)
    with pytest.raises(SourceError, match="after 3 attempt"):
        list(source.fetch())
    source.wait_for_mail(0.1)  # never raises: the next fetch reports trouble
    source.close()


def test_wrong_password_is_a_source_error(imap_account):
    source = imap_account.source(password="wrong", max_attempts=2)
    with pytest.raises(SourceError, match="login refused"):
        list(source.fetch())


def test_uidvalidity_reset_is_detected_and_old_keys_are_not_moved(imap_account):
    folder = "Complaints"
    imap_account.append([make_message(1)], folder=folder)
    state = MemoryUidValidityState()
    with imap_account.source(folder=folder, state=state) as source:
        first = list(source.fetch())
        assert len(first) == 1 and not source.uidvalidity_changed
        old = source.uidvalidity
        assert state.get_uidvalidity(source.name) == old
        # Someone deletes and recreates the folder: every UID is renumbered.
        other = imap_account.client()
        other.delete_folder(folder)
        other.create_folder(folder)
        other.logout()
        imap_account.append([make_message(1), make_message(2)], folder=folder)
        again = drain(source)
        with pytest.raises(SourceError, match="UIDVALIDITY"):
            source.mark_processed(first[0])  # its UID now names another message
        assert source.uidvalidity_changed
        assert source.uidvalidity != old
        assert source.uidvalidity_changes == [(old, source.uidvalidity)]
        assert state.get_uidvalidity(source.name) == source.uidvalidity
        assert sorted(subject_of(r) for r in again) == ["Complaint number 1", "Complaint number 2"]
        assert all(r.key.startswith(f"{source.uidvalidity}:") for r in again)
    # A new process with the persisted state notices a change that happened while it was down.
    state.set_uidvalidity(f"imap://{imap_account.username}@127.0.0.1/{folder}", 12345)
    with imap_account.source(folder=folder, state=state) as source:
        source.connect()
        assert source.uidvalidity_changed and source.uidvalidity_changes[0][0] == 12345


def test_oversized_message_is_offered_with_headers_only_and_quarantined(imap_account):
    imap_account.append([make_message(1), make_message(2, size=300_000), make_message(3)])
    with imap_account.source(max_message_bytes=100_000) as source:
        fetched = drain(source)
    assert [r.too_large for r in fetched] == [False, True, False]
    big = fetched[1]
    assert big.size > 300_000 and len(big.data) < 2_000
    assert big.data.endswith(b"\r\n\r\n") and b"Subject: Complaint number 2" in big.data
    assert imap_account.subjects("Quarantine") == ["Complaint number 2"]
    assert imap_account.subjects("Processed") == ["Complaint number 1", "Complaint number 3"]


def test_message_deleted_by_another_client_between_search_and_fetch_is_skipped(imap_account):
    imap_account.append(make_message(i) for i in range(150))
    other = imap_account.client()
    other.select_folder("INBOX")
    with imap_account.source(batch_size=100) as source:
        seen = []
        for raw in source.fetch():
            if not seen:
                # The source has listed all 150 UIDs; someone deletes two of the second batch.
                doomed = sorted(other.search(["ALL"]))[-2:]
                other.add_flags(doomed, [b"\\Deleted"])
                other.uid_expunge(doomed)
            seen.append(raw)
            source.mark_processed(raw)
    other.logout()
    assert len(seen) == 148
    assert len(imap_account.uids("Processed")) == 148


def test_message_deleted_between_size_check_and_body_fetch_is_skipped(imap_account):
    imap_account.append(make_message(i) for i in range(5))
    other = imap_account.client()
    other.select_folder("INBOX")
    with imap_account.source() as source:
        original = source._fetch_items

        def fetch_items(client, uids, items):
            if items == ["BODY.PEEK[]"]:
                other.add_flags([uids[2]], [b"\\Deleted"])
                other.uid_expunge([uids[2]])
            return original(client, uids, items)

        source._fetch_items = fetch_items
        fetched = drain(source)
    other.logout()
    assert len(fetched) == 4
    assert imap_account.uids("INBOX") == []


@pytest.mark.parametrize("folders_exist", [False, True])
def test_move_fallback_copy_flag_uid_expunge(imap_account, folders_exist):
    if folders_exist:
        imap_account.append([make_message(99)], folder="Processed")
    imap_account.append(make_message(i) for i in range(3))
    # Someone flagged an unrelated message \Deleted: a plain EXPUNGE would destroy it.
    imap_account.append([make_message(50, subject="Keep me")], flags=[b"\\Deleted"])
    with imap_account.source(use_move=False) as source:
        for raw in source.fetch():
            if subject_of(raw) != "Keep me":
                source.mark_processed(raw)
    assert imap_account.subjects("INBOX") == ["Keep me"]
    expected = [f"Complaint number {i}" for i in range(3)] + (["Complaint number 99"] if folders_exist else [])
    assert imap_account.subjects("Processed") == sorted(expected)


def test_quarantine_creates_the_folder(imap_account):
    imap_account.append([make_message(1)])
    with imap_account.source(quarantine_folder="Needs a person") as source:
        (raw,) = list(source.fetch())
        source.quarantine(raw, "parse failure")
    assert imap_account.subjects("Needs a person") == ["Complaint number 1"]


def test_missing_source_folder_is_a_source_error(imap_account):
    source = imap_account.source(folder="NoSuchFolder", max_attempts=2)
    with pytest.raises(SourceError):
        list(source.fetch())


def test_without_move_or_uidplus_nothing_is_expunged(imap_account, monkeypatch):
    imap_account.append(make_message(i) for i in range(3))
    imap_account.append([make_message(50, subject="Keep me")], flags=[b"\\Deleted"])
    source = imap_account.source()
    original = source._open

    def open_without_move_and_uidplus():
        client = original()
        source._capabilities = source._capabilities - {"MOVE", "UIDPLUS"}
        return client

    monkeypatch.setattr(source, "_open", open_without_move_and_uidplus)
    moved = []
    for raw in source.fetch():
        if subject_of(raw) != "Keep me":
            source.mark_processed(raw)
            moved.append(raw.key)
    assert len(moved) == 3
    # Copied and flagged, not expunged (no plain EXPUNGE ever), and not offered again.
    assert [subject_of(r) for r in source.fetch()] == ["Keep me"]
    source.close()
    assert len(imap_account.uids("INBOX")) == 4
    assert imap_account.subjects("Processed") == [f"Complaint number {i}" for i in range(3)]


def test_idle_is_renewed_and_still_reports_mail(imap_account):
    with imap_account.source(idle=True, idle_renew_seconds=0.3) as source:
        drain(source)
        done = threading.Event()

        def waiter():
            source.wait_for_mail(60)
            done.set()

        thread = threading.Thread(target=waiter)
        thread.start()
        threading.Event().wait(1.0)  # let IDLE be re-issued a few times (not a timing assertion)
        assert not done.is_set()
        imap_account.append([make_message(3)])
        thread.join(timeout=60)
        assert done.is_set()
        assert len(drain(source)) == 1


def test_poll_mode_sleeps_without_idle(imap_account):
    with imap_account.source(idle=False) as source:
        drain(source)
        source.wait_for_mail(0.2)  # just sleeps; no IDLE command is sent
        imap_account.append([make_message(4)])
        assert len(drain(source)) == 1


def test_restart_during_idle_does_not_raise_and_the_next_fetch_reconnects(imap_account, dovecot):
    with imap_account.source(idle=True) as source:
        drain(source)
        timer = threading.Timer(0.5, dovecot.restart)
        timer.start()
        source.wait_for_mail(3)  # the IDLE connection dies under it: no exception, it just returns
        timer.join()
        imap_account.append([make_message(5)])
        assert len(drain(source)) == 1
        assert source.reconnects >= 1


def test_a_server_that_never_answers_times_out_into_source_error():
    import socket as socket_module

    silent = socket_module.create_server(("127.0.0.1", 0))  # accepts TCP, never greets
    try:
        from mail.imap import ImapSource

        source = ImapSource(
            "127.0.0.1", silent.getsockname()[1], security="none", username="u", password="p",
            timeout=0.3, max_attempts=2, backoff_base=0.01,
        )
        with pytest.raises(SourceError, match="after 2 attempt"):
            list(source.fetch())
    finally:
        silent.close()


def test_logs_carry_no_bodies_and_no_full_addresses(imap_account, caplog):
    secret_body = "My account number is 12345678 and my address is 1 Secret Lane"
    imap_account.append([make_message(1, body=secret_body, sender="jane.doe@example.org")])
    caplog.set_level("DEBUG", logger="mail")
    with imap_account.source(password="wrong", max_attempts=1) as bad:
        with pytest.raises(SourceError):
            list(bad.fetch())
    with imap_account.source() as source:
        drain(source)
    text = caplog.text
    assert caplog.records  # it did log
    assert "Secret Lane" not in text and "12345678" not in text
    assert "jane.doe@example.org" not in text and "wrong" not in text
    assert imap_account.username not in text.replace(f"imap://{imap_account.username}@", "")


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls_with_certificate_verification(imap_account, dovecot, security):
    if not dovecot.tls:
        pytest.skip("openssl not available for a test certificate")
    import ssl

    from tests.servers import client_ssl_context

    imap_account.append([make_message(1)])
    port = dovecot.tls_port if security == "tls" else dovecot.port
    with imap_account.source(security=security, port=port, ssl_context=client_ssl_context(dovecot.certificate)) as source:
        assert len(drain(source)) == 1
    # Without trusting the throwaway certificate the connection is refused (verification is on).
    untrusting = imap_account.source(security=security, port=port, ssl_context=ssl.create_default_context(), max_attempts=1)
    with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        list(untrusting.fetch())


def test_inbox_uidvalidity_changed_by_the_server_while_connected(imap_account, dovecot):
    imap_account.append([make_message(1), make_message(2)])
    with imap_account.source() as source:
        first = list(source.fetch())
        old = source.uidvalidity
        new = old + 1000
        done = dovecot.doveadm("mailbox", "update", "-u", imap_account.username, "--uid-validity", str(new), "INBOX")
        assert done.returncode == 0, done.stderr
        # Dovecot drops the session; the next listing reconnects and sees the new value.
        again = drain(source)
        assert source.uidvalidity_changed and source.uidvalidity == new
        with pytest.raises(SourceError, match="UIDVALIDITY"):
            source.mark_processed(first[0])  # a key from the old epoch is never used again
    assert [r.key for r in again] == [f"{new}:{r.uid}" for r in again]
    assert sorted(subject_of(r) for r in again) == ["Complaint number 1", "Complaint number 2"]
    assert imap_account.uids("INBOX") == []
