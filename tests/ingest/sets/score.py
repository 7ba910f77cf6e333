"""Score the labelled sets in this folder against the extractor (tuning data, not a test; `make test`
does not run it). Each set is a module with DAY (the article date) and SENTS: (sentence, gold edges,
optional edges), edges written "A TYPE B" (a bare three-letter code is a state). A set's sentences are
read as one article; an edge counts for the sentence its evidence lies in.

    python -m tests.ingest.sets.score [set files …]     # all sets when none are given
"""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from ingest.model import Document
from ingest.pipeline import extract_document
from tests.ingest.test_relations import normalise


def _id(token: str) -> str:
    return token if ":" in token else f"state:{token}" if len(token) == 3 and token.isupper() else token


def _parse(text: str) -> tuple[str, str, str]:
    source, type_name, target = text.split()
    return next(iter(normalise({(_id(source), type_name, _id(target))})))


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def found_per_sentence(sentences: list[str], day: date) -> list[set[tuple[str, str, str]]]:
    text, spans = "", []
    for sentence in sentences:
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + " "
    result = extract_document(Document("set", "set", None, day, text, "-", "sha"))
    per = [set() for _ in sentences]
    for relation in result.relations:
        for evidence in relation.evidence:
            for i, (start, end) in enumerate(spans):
                if start <= evidence.start <= end:
                    per[i].add((relation.source, relation.type, relation.target))
    return [normalise(found) for found in per]


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).parent.glob("s[0-9]*.py"))
    tp = fp = fn = 0
    for path in paths:
        module = _load(path)
        got = found_per_sentence([s[0] for s in module.SENTS], date.fromisoformat(module.DAY))
        for (sentence, gold, *optional), found in zip(module.SENTS, got):
            want, maybe = {_parse(e) for e in gold}, {_parse(e) for e in (optional[0] if optional else [])}
            wrong, missed = found - want - maybe, want - found
            tp, fp, fn = tp + len(found & want), fp + len(wrong), fn + len(missed)
            for kind, edges in (("FP", wrong), ("FN", missed)):
                for edge in sorted(edges):
                    print(f"{path.name}: {kind} {' '.join(edge)}  | {sentence[:100]}")
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"{len(paths)} sets: tp {tp} fp {fp} fn {fn}  precision {precision:.3f} recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
