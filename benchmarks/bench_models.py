"""Benchmark: how good are the models? Held-out bits per character, and what sampling writes.

Run: ``.venv/bin/python -m benchmarks.bench_models`` (from the repository root; about a minute).
Prints Markdown tables; on demand, not a test. Goals (issue 14):

1. Held-out cross-entropy (``core.evaluate.bits_per_char`` on the rhymes ``core.corpus.split_corpus``
   holds out; every model trains on the rest): add-k at its old defaults (context 4, k = 0.05),
   Kneser–Ney (one discount and three) at context lengths 2–8. Kneser–Ney at the default context
   beats add-k by at least 0.5 bits per character.
2. The default model, 1,000 continuations of 100 characters after "Humpty Du" (``core.decoding``):
   real-word share (``core.textstats.real_word_share``) ≥ 70 % at T = 1 and ≥ 85 % at T = 0.8, and
   in both cases at least half of the complete generated lines not in the corpus
   (``core.textstats.novel_line_share``). Every strategy of the compare page is measured, and
   plain sampling across temperatures.
3. After "Humpty Du" the default model gives "m" the clear majority, and the characters never seen
   after that context get under 5 % together.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from benchmarks._common import machine, table
from core.charmodel import ModelSettings, build_model, train_on_corpus
from core.corpus import load_corpus, split_corpus, vocabulary
from core.decoding import STRATEGY_NAMES, Strategy, run_strategy, strategies
from core.evaluate import bits_per_char
from core.filters import FilterSettings
from core.kneser_ney import kneser_ney_logprobs
from core.textstats import corpus_words, novel_line_share, text_stats

PROMPT = "Humpty Du"
ADD_K = ModelSettings(context=4, smoothing=0.05, method="add_k")  # the app's defaults before issue 14


def single_discount_bits(corpus: str, context: int) -> float:
    """Held-out bits of Kneser–Ney with one discount per order (the app uses three)."""
    train, held = split_corpus(corpus)
    model = train_on_corpus(corpus, ModelSettings(context=context))
    ids = model.encode(train)
    table_1 = kneser_ney_logprobs(
        model._codes, model._counts, model._offsets, len(model.vocab), ids[: context + 1], modified=False
    )
    one = type(model)(
        model.vocab, model.settings, model._codes, model._offsets, model._counts.copy(), table_1
    )
    return bits_per_char(one, held, context)


def heldout_section(corpus: str, contexts: range) -> tuple[str, dict[int, float], float]:
    """The bits-per-character table, the three-discount bits per context, and add-k's bits."""
    _, held = split_corpus(corpus)
    rows = []
    addk_model = train_on_corpus(corpus, ADD_K)
    addk = bits_per_char(addk_model, held, ADD_K.context)
    rows.append(
        ["add-k (naive), k = 0.05", ADD_K.context, f"{addk:.3f}", "", f"{len(addk_model._table):,}", ""]
    )
    kn: dict[int, float] = {}
    for c in contexts:
        start = time.perf_counter()
        model = train_on_corpus(corpus, ModelSettings(context=c))
        seconds = time.perf_counter() - start
        kn[c] = bits_per_char(model, held, c)
        one = single_discount_bits(corpus, c)
        rows.append(
            [
                "Kneser–Ney" + (" (default)" if c == ModelSettings().context else ""),
                c,
                f"{kn[c]:.3f}",
                f"{one:.3f}",
                f"{len(model._table):,}",
                f"{seconds:.1f}",
            ]
        )
    header = ["model", "context", "bits/char (3 discounts)", "1 discount", "table rows", "build s"]
    return table(header, rows), kn, addk


def strategy_section(model, corpus: str, n: int, length: int, seed: int) -> tuple[str, dict[str, tuple]]:
    """Every compare-page strategy at the page's defaults (T = 0.8 for the 'temperature' row)."""
    words = corpus_words(corpus)
    plan = strategies(temperature=0.8, top_k=10, top_p=0.9, min_p=0.1, beam_width=4)
    labels = dict(
        zip(
            STRATEGY_NAMES,
            ["greedy", "sampling T = 1", "sampling T = 0.8", "top-k 10", "top-p 0.9", "min-p 0.1", "beam 4"],
            strict=True,
        )
    )
    rows, out = [], {}
    for i, strategy in enumerate(plan):
        result = run_strategy(model, PROMPT, n, length, strategy, (seed, i))
        texts = result.texts(model)
        stats = text_stats(PROMPT, texts, result, len(model.vocab), words)
        novel = novel_line_share(texts, corpus)
        out[strategy.name] = (stats.real_words, novel)
        rows.append(
            [
                labels[strategy.name],
                f"{stats.real_words:.1%}",
                "–" if np.isnan(novel) else f"{novel:.1%}",
                f"{stats.distinct_ngrams:.3f}",
                f"{stats.loop_share:.0%}",
                repr(texts[0][:48]),
            ]
        )
    header = ["strategy", "real words", "novel lines", "distinct 4-grams", "loops", "first sample"]
    return table(header, rows, "lrrrrl"), out


def temperature_section(model, corpus: str, n: int, length: int, seed: int, temps) -> str:
    """Plain sampling against temperature (T = 0 is greedy)."""
    words = corpus_words(corpus)
    rows = []
    for i, t in enumerate(temps):
        strategy = Strategy(f"T={t:g}", FilterSettings(temperature=t))
        result = run_strategy(model, PROMPT, n, length, strategy, (seed, 100 + i))
        texts = result.texts(model)
        stats = text_stats(PROMPT, texts, result, len(model.vocab), words)
        novel = novel_line_share(texts, corpus)
        rows.append(
            [
                f"{t:g}",
                f"{stats.real_words:.1%}",
                "–" if np.isnan(novel) else f"{novel:.1%}",
                f"{stats.distinct_ngrams:.3f}",
                f"{stats.loop_share:.0%}",
            ]
        )
    return table(["T", "real words", "novel lines", "distinct 4-grams", "loops"], rows)


def humpty_section(model) -> tuple[str, float, float]:
    """The distribution after "Humpty Du": p(m), and the mass on characters never seen there."""
    probs = model.probs(PROMPT)
    unseen = float(probs[model.counts(PROMPT) == 0].sum())
    top = np.argsort(probs)[::-1][:4]
    rows = [[repr(model.vocab[i]), f"{probs[i]:.2%}", f"{model.counts(PROMPT)[i]:.0f}"] for i in top]
    rows.append(["never seen there (together)", f"{unseen:.2%}", "0"])
    return table(["next character", "probability", "count"], rows), float(probs[model.stoi["m"]]), unseen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="continuations per strategy (default 1000)")
    parser.add_argument("--length", type=int, default=100, help="characters per continuation (default 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-context", type=int, default=8)
    args = parser.parse_args()

    corpus = load_corpus()
    train, held = split_corpus(corpus)
    default = ModelSettings()
    print(f"_{machine()}_\n")
    print(
        f"Corpus: {len(corpus):,} characters, {len(vocabulary(corpus))} distinct; training part "
        f"{len(train):,}, held-out part {len(held):,} (every 10th rhyme). Default model: {default}.\n"
    )

    print("### Held-out bits per character (lower is better)\n")
    text, kn, addk = heldout_section(corpus, range(2, args.max_context + 1))
    print(text)
    gain = addk - kn[default.context]
    print(f"\nKneser–Ney at its default context beats add-k by {gain:.2f} bits/char (goal ≥ 0.5).\n")

    model = train_on_corpus(corpus, default)
    print(f'### Strategies: {args.n:,} continuations of {args.length} characters after "{PROMPT}"\n')
    text, by_name = strategy_section(model, corpus, args.n, args.length, args.seed)
    print(text)
    real_1, novel_1 = by_name["sampling"]
    real_08, novel_08 = by_name["temperature"]
    print(
        f"\nT = 1: {real_1:.1%} real words (goal ≥ 70 %), {novel_1:.1%} novel lines (goal ≥ 50 %); "
        f"T = 0.8: {real_08:.1%} (goal ≥ 85 %), {novel_08:.1%} novel lines (goal ≥ 50 %).\n"
    )

    print("### Plain sampling against temperature\n")
    temps = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.5)
    print(temperature_section(model, corpus, args.n, args.length, args.seed, temps))

    print(f'\n### After "{PROMPT}"\n')
    text, p_m, unseen = humpty_section(model)
    print(text)
    print(f'\n"m" gets {p_m:.1%} (goal: the clear majority); unseen characters {unseen:.2%} (goal < 5 %).')

    addk_model = build_model(train, ADD_K, vocab=vocabulary(corpus))
    addk_unseen = float(addk_model.probs(PROMPT)[addk_model.counts(PROMPT) == 0].sum())
    print(f"For comparison, add-k (context 4, k = 0.05) puts {addk_unseen:.1%} on unseen characters there.")


if __name__ == "__main__":
    main()
