#!/usr/bin/env python3
"""Validate labelled JSONL files against the labelling guide and print label counts.

Usage:  python data/make/validate.py data/labelled/pexa.jsonl [data/labelled/conexus.jsonl ...]
        (no arguments: every data/labelled/*.jsonl in the guide's schema; the intake tasks' files are skipped)

Checks every record has exactly the expected keys and types, every label value is in the
allowed vocabulary (about_other_firm: null, "unknown" or an id from data/firms.csv), and the
consistency rules of the labelling guide (section 2), and the optional `request_sentences` marks when present
(check_marks). Exit status 1 if any record fails.
Stdlib only.
"""
import collections
import csv
import glob
import json
import os
import re
import sys

from labelled_mail import CATEGORIES, LABEL_KEYS, RIGHTS

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
KEYS = {"id", "mailbox", "from", "subject", "headers", "body", "html", "labels", "note", "source"}
# may be present: request_sentences (the marked rights sets; see check_marks) and train_labels (the labels the model
# may train on from the row, e.g. ["rights"]; every label is still required and checked)
OPTIONAL_KEYS = {"request_sentences", "train_labels"}
BOOLS = ["complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"]


def firm_ids():
    with open(os.path.join(ROOT, "data", "firms.csv"), newline="", encoding="utf-8") as f:
        return {row["firm_id"] for row in csv.DictReader(f)}


def check(rec, firms):
    errs = []
    if set(rec) - OPTIONAL_KEYS != KEYS:
        errs.append(f"keys {sorted((set(rec) - OPTIONAL_KEYS) ^ KEYS)}")
        return errs
    for k in ("id", "mailbox", "from", "subject", "body", "note", "source"):
        if not isinstance(rec[k], str):
            errs.append(f"{k} not a string")
    if not rec["note"].strip():
        errs.append("empty note")
    if not isinstance(rec["html"], bool):
        errs.append("html not bool")
    if not isinstance(rec["headers"], dict) or any(k != k.lower() or not isinstance(v, str)
                                                   for k, v in rec["headers"].items()):
        errs.append("headers must map lower-case names to strings")
    if not re.match(r"^.*<[^<>@\s]+@[^<>@\s]+>$", rec["from"]):
        errs.append(f"from not 'Name <addr>': {rec['from']!r}")
    if not rec["body"].strip() and not rec["subject"].strip():
        errs.append("empty subject and body")
    lab = rec["labels"]
    if not isinstance(lab, dict) or set(lab) != set(LABEL_KEYS):
        errs.append(f"label keys {sorted(set(lab) ^ set(LABEL_KEYS)) if isinstance(lab, dict) else lab}")
        return errs
    for b in BOOLS:
        if not isinstance(lab[b], bool):
            errs.append(f"{b} not bool")
    if not isinstance(lab["rights"], list) or any(r not in RIGHTS for r in lab["rights"]) \
            or len(set(lab["rights"])) != len(lab["rights"]):
        errs.append(f"rights {lab['rights']}")
    if lab["category"] not in CATEGORIES:
        errs.append(f"category {lab['category']}")
    f = lab["about_other_firm"]
    if f is not None and f != "unknown" and f not in firms:
        errs.append(f"about_other_firm {f!r} not in firms.csv")
    if errs:
        return errs
    # consistency rules
    if (lab["category"] == "none") != (not lab["complaint"]):
        errs.append("category none iff complaint false")
    if not lab["complaint"]:
        for k in ("explicit", "personal_data"):
            if lab[k]:
                errs.append(f"{k} without complaint")
        if f is not None:
            errs.append("about_other_firm without complaint")
    if lab["auto_generated"]:
        if lab["complaint"] or lab["rights"] or lab["breach"] or lab["third_party"] or f is not None:
            errs.append("auto_generated must have everything else empty")
    if lab["complaint"] and lab["breach"] and not lab["personal_data"]:
        errs.append("complaint+breach needs personal_data")
    if lab["category"] == "personal_data" and not lab["personal_data"]:
        errs.append("category personal_data needs personal_data=true")
    if "request_sentences" in rec:
        errs += check_marks(rec)
    if "train_labels" in rec:
        tl = rec["train_labels"]
        if not isinstance(tl, list) or not tl or any(k not in LABEL_KEYS for k in tl):
            errs.append(f"train_labels {tl!r} is not a non-empty list of label names")
    return errs


def check_marks(rec):
    """request_sentences: a list of {"right", "text"} objects, each right in labels.rights, each text a non-empty
    verbatim substring of the body or the subject, and every right in labels.rights marked at least once."""
    marks, rights = rec["request_sentences"], rec["labels"]["rights"]
    if not isinstance(marks, list):
        return ["request_sentences not a list"]
    errs = []
    for m in marks:
        if not isinstance(m, dict) or set(m) != {"right", "text"} or not isinstance(m["text"], str):
            errs.append(f"request_sentences item {m!r} is not {{right, text}}")
        elif m["right"] not in rights:
            errs.append(f"request_sentences marks {m['right']!r}, not in labels.rights")
        elif not m["text"].strip() or (m["text"] not in rec["body"] and m["text"] not in rec["subject"]):
            errs.append(f"request_sentences text not verbatim in body/subject: {m['text'][:50]!r}")
    unmarked = set(rights) - {m.get("right") for m in marks if isinstance(m, dict)}
    if unmarked:
        errs.append(f"rights without a marked sentence: {sorted(unmarked)}")
    return errs


def report(path, recs):
    n = len(recs)
    print(f"\n== {path}: {n} records, {len({r['source'] for r in recs})} sources")
    labs = [r["labels"] for r in recs]
    print(f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in recs))}; html bodies: "
          f"{sum(r['html'] for r in recs)}; with headers: {sum(bool(r['headers']) for r in recs)}; "
          f"empty body: {sum(not r['body'].strip() for r in recs)}")
    print("| boolean label | true | false |\n|---|---|---|")
    for b in BOOLS:
        t = sum(l[b] for l in labs)
        print(f"| {b} | {t} | {n - t} |")
    comp = [l for l in labs if l["complaint"]]
    print(f"\ncomplaints: {len(comp)} ({sum(l['explicit'] for l in comp)} explicit, "
          f"{sum(not l['explicit'] for l in comp)} implicit)")
    print("\n| about_other_firm | count |\n|---|---|")
    for k, v in sorted(collections.Counter(str(l["about_other_firm"]) for l in labs).items(),
                       key=lambda kv: -kv[1]):
        print(f"| {k} | {v} |")
    print(f"\nmessages with at least one right: {sum(bool(l['rights']) for l in labs)}")
    print("| right | total | with complaint | without complaint |\n|---|---|---|---|")
    for r in RIGHTS:
        t = [l for l in labs if r in l["rights"]]
        print(f"| {r} | {len(t)} | {sum(l['complaint'] for l in t)} | {sum(not l['complaint'] for l in t)} |")
    print("\n| category | count |\n|---|---|")
    cc = collections.Counter(l["category"] for l in labs)
    for c in CATEGORIES:
        if cc[c]:
            print(f"| {c} | {cc[c]} |")


def in_guide_schema(path):
    """Does the file's first record carry a `labels` object? The intake tasks' files in data/labelled/
    (vulnerability, authority, details) have their own schema, and the training loader skips them too."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    return True  # let the check report it
                return isinstance(rec, dict) and "labels" in rec
    return True


def main(argv):
    paths = argv
    if not paths:
        paths = []
        for path in sorted(glob.glob(os.path.join(ROOT, "data", "labelled", "*.jsonl"))):
            if in_guide_schema(path):
                paths.append(path)
            else:
                print(f"skipped {os.path.relpath(path, ROOT)}: not in the labelling guide's schema (no labels object)")
    firms = firm_ids()
    bad = 0
    for path in paths:
        recs, ids = [], set()
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{i}: bad JSON: {e}")
                    bad += 1
                    continue
                errs = check(rec, firms) if isinstance(rec, dict) else ["not an object"]
                if isinstance(rec, dict) and rec.get("id") in ids:
                    errs.append("duplicate id")
                if isinstance(rec, dict):
                    ids.add(rec.get("id"))
                for e in errs:
                    print(f"{path}:{i} ({rec.get('id') if isinstance(rec, dict) else '?'}): {e}")
                bad += bool(errs)
                recs.append(rec)
        report(path, [r for r in recs if isinstance(r, dict) and not check(r, firms)])
    print(f"\n{'FAILED' if bad else 'OK'}: {bad} invalid record(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
