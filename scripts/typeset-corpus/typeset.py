"""Typesets the invented bulletins of every layout family as PDFs, with gold.

Why: a measuring instrument for the parser. What was typeset is known
exactly, so the gold needs no human reading; the extractors (run by
run.ts beside this file) then make of the PDFs what they make of real ones.

    /usr/bin/python3 scripts/typeset-corpus/typeset.py --out DIR [--issues 8] [--family NAME]

Writes DIR/_pdf/<family>/<family>-NN.pdf and DIR/_gold/<family>/<family>-NN.json.
Deterministic: each issue's random.Random is seeded from its name, and
reportlab runs in invariant mode, so the same command gives the same bytes.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from families import build_digest, build_district, build_jianbao, build_national  # noqa: E402
from textpool import Pool  # noqa: E402

FAMILIES = {
    "jianbao-single": lambda path, pool, issue, date: build_jianbao(path, pool, issue, date),
    "district-2col": lambda path, pool, issue, date: build_district(path, pool, issue, date, 2),
    "district-3col": lambda path, pool, issue, date: build_district(path, pool, issue, date, 3),
    "daily-digest": lambda path, pool, issue, date: build_digest(path, pool, issue, date),
    "national-daily": lambda path, pool, issue, date: build_national(path, pool, issue, date),
}
SEED = "bulletin-archive typeset corpus v1"


def issue_rng(family, issue):
    digest = hashlib.sha256(f"{SEED}/{family}/{issue}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def issue_date(rng, issue):
    return datetime.date(2023, 1, 2) + datetime.timedelta(days=37 * issue + rng.randint(0, 20))


def write_issue(out, family, issue):
    rng = issue_rng(family, issue)
    pool = Pool(rng)
    date = issue_date(rng, issue)
    name = f"{family}-{issue:02d}"
    pdf = os.path.join(out, "_pdf", family, name + ".pdf")
    gold_path = os.path.join(out, "_gold", family, name + ".json")
    os.makedirs(os.path.dirname(pdf), exist_ok=True)
    os.makedirs(os.path.dirname(gold_path), exist_ok=True)
    articles = FAMILIES[family](pdf, pool, issue, date)
    gold = {"family": family, "issue": name, "issueDate": date.isoformat(), "articles": articles}
    with open(gold_path, "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(articles)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--issues", type=int, default=8)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    args = parser.parse_args()
    for family in args.family or FAMILIES:
        counts = [write_issue(args.out, family, issue) for issue in range(1, args.issues + 1)]
        print(f"{family}: {len(counts)} issues, {sum(counts)} articles")


if __name__ == "__main__":
    main()
