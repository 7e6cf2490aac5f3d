"""The file outbox (`MaildirSender`) knows each letter it holds by its Message-ID, whatever its length:
after a crash between handing a letter over and recording it as sent, the outbox is asked whether the
letter is there (`already_sent`), and a wrong "no" would send it twice."""

from __future__ import annotations

import pytest

from mail.compose import Letter, compose
from mail.maildir import MaildirSender


@pytest.mark.parametrize(
    "message_id",
    [
        "<acknowledgement.1@firm.example>",
        # Folded onto a line of its own ("Message-ID:\r\n <...>"), as every rights acknowledgement's is.
        "<rights-acknowledgement.b58facb471ee4f6f83e4601b5f6c30f8@firm.example>",
        # Too long for any line: written unfolded.
        "<rights-acknowledgement.0f1e2d3c4b5a69788796a5b4c3d2e1f0@complaints.a-long-firm-domain.example.co.uk>",
    ],
)
def test_a_letter_in_the_outbox_is_found_by_its_message_id_and_never_written_twice(tmp_path, message_id):
    sender = MaildirSender(tmp_path / "outbox")
    data = compose(
        Letter(
            from_address="complaints@firm.example",
            from_name="Complaints Team",
            to=["jo@example.com"],
            subject="We have received your request",
            text="Dear Jo,\n\nThank you.",
            message_id=message_id,
        )
    )
    assert not sender.already_sent(message_id)
    sender.send(data, "complaints@firm.example", ["jo@example.com"])
    assert sender.already_sent(message_id)
    sender.send(data, "complaints@firm.example", ["jo@example.com"])  # a retry after a crash
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 1


@pytest.mark.parametrize("read_name", ["{name}:2,S", "{name}"])
def test_a_letter_a_mail_reader_moved_to_cur_is_still_known_and_not_written_again(tmp_path, read_name):
    # An operator may open the file outbox in a mail client, which moves letters from new/ to cur/ and
    # adds its flags to the name; a retry must still find the letter there.
    sender = MaildirSender(tmp_path / "outbox")
    message_id = "<final-response.7@firm.example>"
    data = compose(Letter(from_address="complaints@firm.example", from_name="Complaints Team", to=["jo@example.com"],
                          subject="Our final response", text="Dear Jo,\n\nOur answer.", message_id=message_id))
    sender.send(data, "complaints@firm.example", ["jo@example.com"])
    (written,) = (tmp_path / "outbox" / "new").iterdir()
    written.rename(tmp_path / "outbox" / "cur" / read_name.format(name=written.name))
    assert sender.already_sent(message_id)
    sender.send(data, "complaints@firm.example", ["jo@example.com"])
    assert not list((tmp_path / "outbox" / "new").iterdir())
    assert len(list((tmp_path / "outbox" / "cur").iterdir())) == 1
    assert not sender.already_sent("<another.8@firm.example>")
