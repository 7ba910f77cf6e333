"""A generated corpus for benchmarks: news-like articles of ~800 words built from relation
templates, random actors and filler sentences (deterministic for a given seed)."""
from __future__ import annotations

import random
from pathlib import Path

STATES = ["Russia", "China", "Iran", "North Korea", "Ukraine", "Germany", "France", "Japan", "India", "Brazil",
          "Turkey", "Poland", "Israel", "Egypt", "Kenya", "Mexico", "Canada", "Australia", "Pakistan", "Vietnam",
          "Saudi Arabia", "South Korea", "Nigeria", "Argentina", "Indonesia", "Spain", "Italy", "Sweden"]
ORGS = ["NATO", "the European Union", "the African Union", "ASEAN", "BRICS"]
TEMPLATES = [
    "{a} delivered artillery shells and drones to {b} on Monday, officials said.",
    "{a} has imposed new sanctions on {b} over its conduct.",
    "{a} sent troops to {b} as part of the mission.",
    "{a} and {b} signed a mutual defence treaty in June.",
    "{a}'s trade with {b} reached a record last year.",
    "{a} condemned {b} for the border incident.",
    "{a} met {b} at the summit in Geneva.",
    "{a} is a member of {o}.",
    "{a} invaded {b} in the spring.",
    "{o} is providing financial support to {b}.",
    "{a} denied supplying missiles to {b}.",
    "{a} could deploy soldiers to {b} next year.",
]
FILLER = [
    "Analysts said the decision reflected a broader shift in the region and could shape negotiations for years.",
    "The statement gave few details about the timing, the cost or the number of people involved in the plan.",
    "Markets reacted calmly to the news, with bond yields little changed by the end of the trading day.",
    "Officials speaking on condition of anonymity described the talks as difficult but constructive overall.",
    "Critics argued that the move would do little to address the underlying causes of the long dispute.",
    "The ministry published a short summary of the meeting late in the evening after several delays.",
    "Several experts noted that similar promises had been made before and were rarely kept in full.",
    "Local media reported that preparations had been under way for months before the announcement.",
]


def article(rng: random.Random, words: int = 800) -> str:
    lines = [f"title: Report {rng.randrange(10**9)}", f"date: 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
    body, count = [], 0
    while count < words:
        if rng.random() < 0.3:
            a, b = rng.sample(STATES, 2)
            sentence = rng.choice(TEMPLATES).format(a=a, b=b, o=rng.choice(ORGS))
        else:
            sentence = rng.choice(FILLER)
        body.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
    return "\n".join(lines) + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7, prefix: str = "a") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"{prefix}{i:06d}.txt").write_text(article(rng), encoding="utf-8")
    return folder
