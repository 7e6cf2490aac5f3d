"""Helpers shared by the labelled-mail generators in data/make/ (stdlib only).

* The mailboxes' firm names as letters write them (`FIRM_NAMES`).
* The label schema of the labelling guide: its vocabulary (RIGHTS, CATEGORIES, the directory's
  FIRM_IDS, LABEL_KEYS in the order the JSONL files write them), label dicts (`labels`, and the
  scenario-table shorthand `short_labels`) and the guide's consistency rules (`label_errors`).
* `shuffle_number_check`: shuffle finished records, give them ids and refuse to write if one fails;
  `run_generator`: the whole end of a generator's main() built on it (seeded build, check, write, summary).
* Envelope helpers: letter-edit typos (`letter_edit`, `random_letter_edit`, `edit_words`),
  "> " quoting (`quote_lines`), HTML rendering (`escape_html`, `html_with_quote`) and the
  quoted-history cut with the per-record check built on it (`new_text`, `record_errors`), and the check of
  hand-marked request sentences (`mark_errors`, `marked_record_errors`).
* Scenario texts with inline [[right|sentence]] markers (`mark_segments`, `strip_marks`, `marks_of`; the
  multi-right form `MARK_RIGHTS` and `rights_marks_of`; `typos_outside_marks` for typos that leave them alone), the end of a marked generator's render()
  (`finish_marked_record`: reply quote, escaped marks, the record), and writing the finished file (`write_jsonl`).

Every helper draws from the caller's random.Random in a fixed, documented order, so a generator that
uses one keeps its random stream (and so its output) exactly as before.

data/make/make_heldout.py (the independent held-out set) deliberately does not import this module, and
validate.py takes only the vocabulary from it: its rule checks stay its own, an independent check of every file.
"""
import json
import os
import random
import re
import sys
from collections.abc import Callable

#: How the letters write the two mailboxes' firms.
FIRM_NAMES = {"pexa": "PEXA", "conexus": "Conexus"}
#: A marked request sentence in a scenario text: [[right|sentence]] or [[right1,right2|sentence]] (sets J, L, M).
MARK_RIGHTS = re.compile(r"\[\[([a-z_]+(?:,[a-z_]+)*)\|([^\]]+)\]\]")

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
          "automated_decision", "informed")
CATEGORIES = ("platform_defect", "process", "wait_time", "service_quality", "inaccurate_information",
              "delay", "training", "onboarding", "usability", "personal_data", "debt_dispute",
              "collection_conduct", "fees_charges", "other", "none")
# firm ids of data/firms.csv (PEXA participants and Conexus creditors)
FIRM_IDS = ("kbs", "ols", "bhf", "lwt", "hcb", "mpc", "tvm", "gfl", "nte", "pmt", "scl", "wbc")
LABEL_KEYS = ("complaint", "explicit", "personal_data", "breach", "rights", "about_other_firm",
              "third_party", "auto_generated", "category")


# ---------------------------------------------------------------------------------------------
# labels


def labels(complaint=False, explicit=False, personal_data=False, breach=False, rights=(),
           about_other_firm=None, third_party=False, auto_generated=False, category="none"):
    """A label dict with the keys in LABEL_KEYS order (the order every labelled JSONL file uses)."""
    return {"complaint": complaint, "explicit": explicit, "personal_data": personal_data, "breach": breach,
            "rights": list(rights), "about_other_firm": about_other_firm, "third_party": third_party,
            "auto_generated": auto_generated, "category": category}


def short_labels(c=False, ex=False, pd=False, br=False, r="", tp=False, cat="none", firm=None, auto=False):
    """Shorthand for scenario tables: r is a comma-separated list of rights."""
    return labels(c, ex, pd, br, [x for x in r.split(",") if x], firm, tp, auto, cat)


def label_errors(lab, firms=FIRM_IDS):
    """The guide's consistency rules (section 2) and vocabulary on one label dict: a list of errors."""
    if set(lab) != set(LABEL_KEYS):
        return ["label keys"]
    e = []
    if any(r not in RIGHTS for r in lab["rights"]) or len(set(lab["rights"])) != len(lab["rights"]):
        e.append("rights vocabulary")
    if lab["category"] not in CATEGORIES:
        e.append("category vocabulary")
    if lab["about_other_firm"] not in (None, "unknown") and lab["about_other_firm"] not in firms:
        e.append("firm id")
    if (lab["category"] == "none") != (not lab["complaint"]):
        e.append("category none iff not complaint")
    if not lab["complaint"] and (lab["explicit"] or lab["personal_data"] or lab["about_other_firm"] is not None):
        e.append("explicit/personal_data/about_other_firm only on complaints")
    if lab["auto_generated"] and (lab["complaint"] or lab["rights"] or lab["breach"] or lab["third_party"]
                                  or lab["about_other_firm"] is not None):
        e.append("auto_generated must have everything else empty")
    if lab["complaint"] and lab["breach"] and not lab["personal_data"]:
        e.append("complaint+breach needs personal_data")
    if lab["category"] == "personal_data" and not lab["personal_data"]:
        e.append("category personal_data needs personal_data")
    return e


# ---------------------------------------------------------------------------------------------
# typos

LETTER_EDITS = ("swap", "drop", "double")


def letter_edit(word, i, op):
    """word with one edit at position i: swap letters i and i+1, drop letter i, or double it."""
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def random_letter_edit(word, rng):
    """letter_edit at an inner position; draws the position, then the edit."""
    i = rng.randrange(1, len(word) - 2)
    return letter_edit(word, i, LETTER_EDITS[rng.randrange(3)])


def edit_words(text, rng, pick):
    """Give every run of letters w in text for which pick(w) is true one random_letter_edit.
    pick may draw from rng itself: it is called once per run, in order, before that run's edit."""
    def mangle(m):
        w = m.group(0)
        return random_letter_edit(w, rng) if pick(w) else w
    return re.sub(r"[A-Za-z]+", mangle, text)


def typo_segments(segs, rng, after_stop="@/-_"):
    """One or two letter-edit typos in the unmarked segments of [(text, rights-or-None)], only in lower-case words
    of 5+ letters without 'compl' that are not part of an address or reference (a digit or one of "@./-_" just
    before, a digit or one of `after_stop` just after). Marked request sentences are never edited. Draws from rng:
    one random() for the count, one sample() for the words, then the letter edits in order."""
    cands = []
    for si, (t, r) in enumerate(segs):
        if r is not None:
            continue
        for m in re.finditer(r"[A-Za-z]+", t):
            w = m.group(0)
            before = t[m.start() - 1] if m.start() else " "
            after = t[m.end()] if m.end() < len(t) else " "
            if (len(w) >= 5 and w.islower() and "compl" not in w and before not in "@./-_" and after not in after_stop
                    and not before.isdigit() and not after.isdigit()):
                cands.append((si, m.start()))
    k = 1 if rng.random() < 0.6 or len(cands) < 2 else 2
    chosen = set(rng.sample(cands, k))
    out = []
    for si, (t, r) in enumerate(segs):
        if r is not None or not any(c[0] == si for c in chosen):
            out.append((t, r))
            continue
        it = iter([m.start() for m in re.finditer(r"[A-Za-z]+", t)])
        out.append((edit_words(t, rng, lambda w, it=it, si=si: (si, next(it)) in chosen), r))
    return out


# ---------------------------------------------------------------------------------------------
# quoting and HTML


def quote_lines(text):
    """text as a "> " quote ("" lines become ">")."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def escape_html(s):
    """Escape &, < and > (quotes are left alone)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_with_quote(text, quote=None):
    """A plain HTML body: a <p> per paragraph of text, then the quoted history (if any) as its header
    line in a <div> and the rest, without "> " / ">" markers, in a <blockquote>."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = ["<html><body>"] + [f"<p>{escape_html(p).replace(chr(10), '<br>')}</p>" for p in paras]
    if quote:
        q = "\n".join(ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in quote.split("\n"))
        head, _, rest = q.partition("\n")
        out.append(f"<div>{escape_html(head)}</div><blockquote>{escape_html(rest).replace(chr(10), '<br>')}</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


QUOTE_START = re.compile(r"^(On .{3,80} wrote:|>|-{3,} ?Original Message)", re.M)


def new_text(rec):
    """Subject plus the body above any quoted history (plain or html_with_quote markup)."""
    body = rec["body"]
    if rec["html"]:
        body = body.split("<blockquote>")[0]
        body = re.split(r"<div>On .{3,80} wrote:</div>", body)[0]
        body = re.sub(r"<[^>]+>", " ", body)
    m = QUOTE_START.search(body)
    if m:
        body = body[:m.start()]
    return rec["subject"] + "\n" + body


def record_errors(rec, firms=FIRM_IDS):
    """label_errors plus: a complaint is explicit iff its new_text says 'complain'; the message is not
    empty; `from` is "Name <addr>". Returns a list of errors."""
    lab = rec["labels"]
    e = label_errors(lab, firms)
    if e == ["label keys"]:
        return e
    if lab["complaint"]:
        has = "complain" in new_text(rec).lower()
        if has != lab["explicit"]:
            e.append(f"explicit={lab['explicit']} but 'complain' in new text={has}")
    if not rec["subject"].strip() and not rec["body"].strip():
        e.append("empty message")
    if not re.match(r"^.*<[^<>@\s]+@[^<>@\s]+>$", rec["from"]):
        e.append("from format")
    return e


def mark_errors(rec):
    """The hand-marked request sentences (`request_sentences`) of a record: each text non-empty and verbatim in
    the body or the subject, each right one of the labelled rights, and every labelled right marked."""
    e = []
    rights = rec["labels"]["rights"]
    for m in rec["request_sentences"]:
        if m["right"] not in rights:
            e.append(f"mark for unlabelled right {m['right']}")
        if not m["text"].strip() or (m["text"] not in rec["body"] and m["text"] not in rec["subject"]):
            e.append(f"mark not verbatim: {m['text'][:40]!r}")
    if set(rights) != {m["right"] for m in rec["request_sentences"]}:
        e.append("rights and marks differ")
    return e


def marked_record_errors(rec, firms=FIRM_IDS):
    """record_errors plus mark_errors: the check of a record of a marked rights set."""
    return record_errors(rec, firms) + mark_errors(rec)


def mark_segments(text, mark):
    """[(text, marker or None)]: a scenario text cut at its inline request markers, in order. `mark` is the
    generator's own pattern (group 1 the right or rights, group 2 the marked sentence); plain runs get None."""
    out, pos = [], 0
    for m in mark.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def strip_marks(text: str, mark: re.Pattern[str]) -> str:
    """text as it is sent: every inline request marker of the generator's pattern `mark` replaced by its sentence
    (group 2). One helper so that the rendered letter and the `request_sentences` taken by marks_of from the same
    marked text can never disagree about what the sentence says."""
    return mark.sub(lambda m: m.group(2), text)


def marks_of(text: str, mark: re.Pattern[str]) -> list[tuple[str, str]]:
    """[(group 1, group 2)] of every marker of `mark` in text, in order: the right(s) exactly as written and the
    marked sentence, unescaped. Markers that can name several rights: `rights_marks_of`."""
    return [(m.group(1), m.group(2)) for m in mark.finditer(text)]


def rights_marks_of(text: str) -> list[tuple[str, str]]:
    """[(right, sentence)] of every MARK_RIGHTS marker in text, in order; a sentence marked with two rights
    ([[r1,r2|...]]) gives one entry per right."""
    return [(r, t) for rights, t in marks_of(text, MARK_RIGHTS) for r in rights.split(",")]


TYPO_WORD = re.compile(r"(?<![\w@./\-'])[a-z]{6,}(?![\w@/\-'])")


def typos_outside_marks(text: str, rng: random.Random, mark: re.Pattern[str], p_second: float,
                        stop: str | None = None) -> str:
    """A still-marked scenario text with one letter-edit typo, or two with probability p_second (used by
    make_rights_marked_d, _g, _j, _l and _m, with their own p_second and, in D, a stop): typos
    make the envelope realistic while the marked sentences, which must stay verbatim, and "compl..." words (the
    explicit-complaint check) are never touched. Eligible: TYPO_WORD words (6+ lower-case letters standing alone,
    not joined to other word characters, "@", "/", "-", "'" or a "." before) in the unmarked runs of `mark`, in each
    run only before `stop` if given. Draws: one random() for the count, one sample() of the candidates, then
    edit_words' draws from the last pick back. The markers are written back as [[group 1|sentence]], the form every
    marked generator uses."""
    segs = [list(s) for s in mark_segments(text, mark)]
    cands = []
    for i, (t, r) in enumerate(segs):
        if r is None:
            head = t.split(stop)[0] if stop else t
            for m in TYPO_WORD.finditer(head):
                if "compl" not in m.group(0):
                    cands.append((i, m.start(), m.end()))
    k = 1 + (rng.random() < p_second)
    for i, a, b in sorted(rng.sample(cands, min(k, len(cands))), reverse=True):
        t = segs[i][0]
        segs[i][0] = t[:a] + edit_words(t[a:b], rng, lambda w: True) + t[b:]
    return "".join(f"[[{r}|{t}]]" if r else t for t, r in segs)


def finish_marked_record(rng: random.Random, *, mailbox: str, sender: str, subject: str, body: str, html: bool,
                         quote: tuple[str, str] | None, subject_marks: list[tuple[str, str]],
                         body_marks: list[tuple[str, str]], labels: dict, note: str, source: str, env: str,
                         headers: dict[str, str] | None = None) -> dict:
    """The end of a marked generator's render(), after the letter is written (used by make_rights_marked_d, _g,
    _j, _l and _m): kept in one place so that the reply envelope, the HTML escaping of the marks
    and the record's key order (and so each file's bytes) stay the same in all of them.

    subject and body are the rendered text without markers; subject_marks and body_marks the [(right, sentence)]
    marked in the subject and in the body. quote, for the reply envelope only, is the firm's earlier message as
    (header line, text with a {ref} placeholder): it draws the one random number of this function,
    rng.randrange(100000, 999999) for {ref}, is "> "-quoted below the body (or put in html_with_quote's
    blockquote) and adds "Re: " to a subject that lacks it. A marked sentence is HTML-escaped in an HTML body
    unless it is also one of the subject's marked texts (the subject is never escaped). The record gets a copy of
    labels, train_labels ["rights"] and "_env" (for shuffle_number_check); the function asserts that every
    marked sentence is one line and lies in its new_text, and returns the record (id None)."""
    if quote is not None:
        head, text = quote
        quote_text = head + "\n" + quote_lines(text.format(ref=rng.randrange(100000, 999999)))
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    else:
        quote_text = None
    subject_texts = {t for _, t in subject_marks}
    marks = subject_marks + body_marks
    if html:
        body = html_with_quote(body, quote_text)
        rs = [{"right": r, "text": t if t in subject_texts else escape_html(t)} for r, t in marks]
    else:
        if quote_text:
            body = body + "\n\n" + quote_text
        rs = [{"right": r, "text": t} for r, t in marks]
    rec = {"id": None, "mailbox": mailbox, "from": sender, "subject": subject, "headers": dict(headers or {}),
           "body": body, "html": html, "labels": json.loads(json.dumps(labels)), "note": note, "source": source,
           "request_sentences": rs, "train_labels": ["rights"], "_env": env}
    nt = new_text(rec)
    for m in rs:
        assert "\n" not in m["text"] and m["text"] in nt, (source, env, m["text"][:60])
    return rec


def write_jsonl(path, records):
    """Write records to path, one JSON object per line (UTF-8, not ASCII-escaped, "\n" line ends)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def shuffle_number_check(records, rng, prefix, errors=record_errors):
    """Shuffle records (one rng.shuffle), give them ids f"{prefix}-0001"..., and check each with errors(rec),
    printing what fails to stderr. Each record carries its envelope name under "_env"; that key is removed.
    Returns the number of records per envelope, or None (nothing removed) if any record failed."""
    rng.shuffle(records)
    bad = 0
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}-{i:04d}"
        errs = errors(rec)
        if errs:
            bad += 1
            print(f"{rec['id']} {rec['source']} {rec['_env']}: {'; '.join(errs)}", file=sys.stderr)
    if bad:
        print(f"refusing to write: {bad} record(s) fail the consistency check", file=sys.stderr)
        return None
    env_count = {}
    for rec in records:
        env_count[rec["_env"]] = env_count.get(rec["_env"], 0) + 1
        del rec["_env"]
    return env_count


def run_generator(build: Callable[[random.Random], list[dict]], seed: int, prefix: str, out: str, *,
                  summary: Callable[[list[dict], dict[str, int]], str],
                  errors: Callable[[dict], list[str]] = record_errors, train_labels: list[str] | None = None) -> int:
    """What every generator that ends in shuffle_number_check does, kept in one place so the steps (and so each
    file's bytes) stay in the same order in all of them: one random.Random(seed) for build(rng) and then for the
    shuffle, ids f"{prefix}-0001"..., errors(rec) on every record, and only if all pass write_jsonl(out) and print
    summary(records, records per envelope). Returns main()'s exit status: 0 written, 1 refused (nothing written).
    train_labels, when given, replaces every record's `train_labels` (the labels the project trains on from this
    file, decided by a trial after the file was written; the text and labels are unchanged)."""
    rng = random.Random(seed)
    records = build(rng)
    counts = shuffle_number_check(records, rng, prefix, errors)
    if counts is None:
        return 1
    if train_labels is not None:
        for rec in records:
            rec["train_labels"] = list(train_labels)
    write_jsonl(out, records)
    print(summary(records, counts))
    return 0
