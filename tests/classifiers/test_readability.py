"""Mail written in another language goes to a person: the English heads cannot read it (trial UR2)."""

from __future__ import annotations

from classifiers.readability import other_language_reason


def test_mail_in_another_language_or_script_needs_a_person():
    polish = "Dzień dobry, pobraliście z mojego konta dwie raty w tym miesiącu. Proszę o zwrot drugiej płatności."
    ukrainian = "Добрий день, ви зняли з мого рахунку два платежі цього місяця. Прошу повернути другий платіж."
    welsh = "Bore da, rydych wedi cymryd dau daliad o fy nghyfrif y mis hwn. Rhowch yr ail daliad yn ôl os gwelwch yn dda."
    for text in (polish, ukrainian, welsh):
        assert other_language_reason(text) is not None


def test_english_short_plain_or_full_of_names_is_read_by_the_model():
    assert other_language_reason("Refund me") is None  # too short to judge: the heads read it
    assert other_language_reason("You took two payments this month and I want the second one back.") is None
    assert other_language_reason("Re: CX-88123\n\nPlease send the statement to 4 Elm Road, Leeds LS6 2AB, for Mrs Agnieszka "
                                 "Wiśniewska-Kowalczyk and Mr Tomasz Kowalczyk.") is None


def test_the_written_out_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from classifiers.readability import ENGLISH_STOP_WORDS as WRITTEN_OUT

    assert WRITTEN_OUT == ENGLISH_STOP_WORDS
