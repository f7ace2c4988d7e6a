"""Texts of the compare page (see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "compare.intro": {
        "en": (
            "Greedy decoding always takes the most likely next character, so it is deterministic — and it "
            "easily gets stuck repeating itself. Sampling draws from the probabilities instead: it explores, "
            "and temperature and filters decide how far. Here both write continuations of the same prompt "
            "with the same model as the generator, and thousands of runs are measured."
        ),
        "zh": (
            "贪心解码每一步都选最可能的下一个字符，所以结果是确定的——也很容易陷入自我重复。"
            "采样则按概率抽取：它会去探索，温度和过滤器决定它走多远。"
            "这里两者用和生成器相同的模型、相同的开头来续写，并把成千上万次运行的结果量化出来。"
        ),
    },
    # ------------------------------------------------------------------ settings
    "compare.settings": {"en": "Decoding settings", "zh": "解码设置"},
    "compare.length": {"en": "Characters to generate", "zh": "生成的字符数"},
    "compare.length.help": {
        "en": "Length of every continuation, from 1 to {max}.",
        "zh": "每段续写的长度，1 到 {max}。",
    },
    "compare.k": {"en": "Samples shown side by side", "zh": "并排展示的采样数"},
    "compare.top_k": {"en": "Top-k: keep the k most likely", "zh": "Top-k：只保留最可能的 k 个"},
    "compare.top_k.help": {
        "en": "A whole number ≥ 1. Ties with the k-th score are kept; k larger than the alphabet keeps everything.",
        "zh": "不小于 1 的整数。与第 k 名同分的字符也会保留；k 超过字符表大小时全部保留。",
    },
    "compare.top_p": {
        "en": "Top-p (nucleus): probability mass to keep",
        "zh": "Top-p（核采样）：保留的概率总量",
    },
    "compare.top_p.help": {
        "en": "A number in (0, 1]: keep the fewest most likely characters whose probabilities add up to at least p.",
        "zh": "取值 (0, 1]：保留最少的几个最可能字符，使它们的概率之和至少达到 p。",
    },
    "compare.min_p": {"en": "Min-p: fraction of the top probability", "zh": "Min-p：相对最高概率的比例"},
    "compare.min_p.help": {
        "en": "A number in [0, 1]: keep characters whose probability is at least min-p × the top probability.",
        "zh": "取值 [0, 1]：保留概率不低于 min-p × 最高概率的字符。",
    },
    "compare.beam": {"en": "Beam width", "zh": "束宽"},
    "compare.beam.help": {
        "en": "Beam search keeps this many best partial texts (by total log-probability); 1 is greedy. 1 to {max}.",
        "zh": "束搜索每步保留这么多条总对数概率最高的候选文本；1 就是贪心。取值 1 到 {max}。",
    },
    "compare.order": {
        "en": "Filters apply in this order, as in Hugging Face transformers: temperature → top-k → top-p → min-p.",
        "zh": "过滤器的顺序与 Hugging Face transformers 相同：温度 → top-k → top-p → min-p。",
    },
    # ------------------------------------------------------------------ errors
    "compare.error.number": {
        "en": "{field}: please type a number (for example {example}).",
        "zh": "{field}：请输入一个数字（例如 {example}）。",
    },
    "compare.error.whole": {
        "en": "{field}: please type a whole number (for example {example}).",
        "zh": "{field}：请输入一个整数（例如 {example}）。",
    },
    "compare.error.range": {
        "en": "{field}: must be between {low} and {high}.",
        "zh": "{field}：必须在 {low} 到 {high} 之间。",
    },
    "compare.error.top_p": {
        "en": "{field}: must be greater than 0 and at most 1 (p = 0 would keep no character at all).",
        "zh": "{field}：必须大于 0 且不超过 1（p = 0 会一个字符都不保留）。",
    },
    "compare.error.model": {
        "en": "The model cannot continue this prompt: {reason}",
        "zh": "模型无法续写这个开头：{reason}",
    },
    "compare.error.fix": {
        "en": "Fix the settings above to see sampled continuations and run the comparison.",
        "zh": "请先修正上面的设置，才能看到采样结果并运行比较。",
    },
    # ------------------------------------------------------------------ side by side
    "compare.side.title": {"en": "Side by side", "zh": "并排对比"},
    "compare.greedy.title": {"en": "Greedy (T = 0)", "zh": "贪心（T = 0）"},
    "compare.greedy.loop": {
        "en": "Loops: repeats “{unit}” from character {start} on (marked ⟲).",
        "zh": "陷入循环：从第 {start} 个字符起不断重复“{unit}”（⟲ 处开始）。",
    },
    "compare.greedy.no_loop": {
        "en": "No loop within {length} characters.",
        "zh": "在 {length} 个字符内没有出现循环。",
    },
    "compare.greedy.logprob": {
        "en": "log-probability {total:.2f} ({per_char:.3f} per character)",
        "zh": "对数概率 {total:.2f}（每个字符 {per_char:.3f}）",
    },
    "compare.samples.title": {"en": "{n} samples at T = {t}", "zh": "T = {t} 下的 {n} 次采样"},
    "compare.samples.title.one": {"en": "1 sample at T = {t}", "zh": "T = {t} 下的 1 次采样"},
    "compare.samples.caption": {
        "en": "Same prompt, same model, the filters above; log p is the natural log-probability under the model.",
        "zh": "同一个开头、同一个模型、上面的过滤器；log p 是模型给出的自然对数概率。",
    },
    "compare.col.sample": {"en": "#", "zh": "#"},
    "compare.col.text": {"en": "Continuation", "zh": "续写"},
    "compare.col.logprob": {"en": "log p (total)", "zh": "log p（总和）"},
    "compare.col.per_char": {"en": "log p per char", "zh": "每字符 log p"},
    "compare.col.loop": {"en": "Loops", "zh": "循环"},
    # ------------------------------------------------------------------ Monte Carlo
    "compare.mc.title": {
        "en": "Monte Carlo: thousands of runs per strategy",
        "zh": "蒙特卡洛：每种策略跑上千次",
    },
    "compare.mc.explain": {
        "en": (
            "Draws N continuations with every strategy and measures them. Diversity: distinct continuations "
            "and distinct 4-grams across all samples. Quality: share of real words of the corpus and perplexity "
            "under the model (lower = the model finds the text more likely). Repetition: repeated 4-grams and "
            "texts that end in a loop. Temperature sweep: the same measures as T goes from greedy to 10."
        ),
        "zh": (
            "用每种策略各生成 N 段续写并加以测量。多样性：不同续写的个数，以及所有样本中不重复的 4 字符片段比例。"
            "质量：属于语料中真实单词的比例，以及模型下的困惑度（越低说明模型认为这段文字越可能）。"
            "重复：重复出现的 4 字符片段，以及以循环结尾的文本。温度扫描：T 从贪心到 10 时同样的指标。"
        ),
    },
    "compare.n": {"en": "Samples per strategy (N)", "zh": "每种策略的样本数（N）"},
    "compare.n.help": {"en": "A whole number from 1 to {max}.", "zh": "1 到 {max} 之间的整数。"},
    "compare.seed": {"en": "Random seed", "zh": "随机种子"},
    "compare.seed.help": {
        "en": "The same seed and settings give exactly the same numbers.",
        "zh": "相同的种子和设置会得到完全相同的数字。",
    },
    "compare.run": {"en": "Run", "zh": "运行"},
    "compare.mc.idle": {
        "en": "Press Run to sample and measure every strategy.",
        "zh": "点击“运行”，对每种策略采样并测量。",
    },
    "compare.mc.progress": {"en": "Sampling: {name} ({i}/{total})", "zh": "正在采样：{name}（{i}/{total}）"},
    "compare.mc.sweep_progress": {"en": "Temperature sweep…", "zh": "温度扫描中……"},
    "compare.mc.stale": {
        "en": "These results are from earlier settings; press Run to update them.",
        "zh": "这些结果来自之前的设置；点击“运行”更新。",
    },
    "compare.mc.done": {
        "en": "{n} samples × {length} characters per strategy, seed {seed}.",
        "zh": "每种策略 {n} 个样本 × {length} 个字符，种子 {seed}。",
    },
    "compare.mc.done.one": {
        "en": "1 sample × {length} characters per strategy, seed {seed}.",
        "zh": "每种策略 1 个样本 × {length} 个字符，种子 {seed}。",
    },
    "compare.strategy.greedy": {"en": "Greedy", "zh": "贪心"},
    "compare.strategy.sampling": {"en": "Pure sampling (T = 1)", "zh": "纯采样（T = 1）"},
    "compare.strategy.temperature": {"en": "Sampling, T = {t}", "zh": "采样，T = {t}"},
    "compare.strategy.top_k": {"en": "Top-k (k = {k}, T = {t})", "zh": "Top-k（k = {k}，T = {t}）"},
    "compare.strategy.top_p": {"en": "Top-p (p = {p}, T = {t})", "zh": "Top-p（p = {p}，T = {t}）"},
    "compare.strategy.min_p": {"en": "Min-p ({m}, T = {t})", "zh": "Min-p（{m}，T = {t}）"},
    "compare.strategy.beam": {"en": "Beam (w = {w})", "zh": "束搜索（w = {w}）"},
    "compare.col.strategy": {"en": "Strategy", "zh": "策略"},
    "compare.col.distinct": {"en": "Distinct texts", "zh": "不同续写数"},
    "compare.col.distinct_ngrams": {"en": "Distinct 4-grams", "zh": "不重复 4 字符片段"},
    "compare.col.real_words": {"en": "Real words", "zh": "真实单词"},
    "compare.col.repeated_ngrams": {"en": "Repeated 4-grams", "zh": "重复 4 字符片段"},
    "compare.col.loop_share": {"en": "Ends in a loop", "zh": "以循环结尾"},
    "compare.col.logprob_per_char": {"en": "log p per char", "zh": "每字符 log p"},
    "compare.col.perplexity": {"en": "Perplexity", "zh": "困惑度"},
    "compare.col.entropy_bits": {"en": "Entropy per step (bits)", "zh": "每步熵（比特）"},
    "compare.chart.title": {
        "en": "Diversity, quality and repetition by strategy",
        "zh": "各策略的多样性、质量与重复",
    },
    "compare.chart.shares": {
        "en": "Shares (higher distinct / real is better)",
        "zh": "比例（不重复、真实单词越高越好）",
    },
    "compare.chart.ppl": {"en": "Perplexity (lower = likelier)", "zh": "困惑度（越低越可能）"},
    "compare.sweep.title": {
        "en": "Temperature sweep: diversity against quality ({n} samples per T)",
        "zh": "温度扫描：多样性与质量的权衡（每个 T {n} 个样本）",
    },
    "compare.sweep.title.one": {
        "en": "Temperature sweep: diversity against quality (1 sample per T)",
        "zh": "温度扫描：多样性与质量的权衡（每个 T 1 个样本）",
    },
    "compare.sweep.x": {"en": "Temperature T (log scale)", "zh": "温度 T（对数刻度）"},
    "compare.sweep.share": {"en": "Share", "zh": "比例"},
    "compare.sweep.greedy_tick": {"en": "greedy", "zh": "贪心"},
    # ------------------------------------------------------------------ conclusion
    "compare.conclusion.title": {"en": "What this run shows", "zh": "这次运行说明了什么"},
    "compare.conclusion.greedy_loops": {
        "en": "Greedy decoding fell into a loop: from character {start} it repeats “{unit}” to the end — every run, since it is deterministic.",
        "zh": "贪心解码陷入了循环：从第 {start} 个字符起一直重复“{unit}”直到结尾——而且每次都一样，因为它是确定的。",
    },
    "compare.conclusion.greedy_no_loop": {
        "en": "Greedy decoding did not loop within {length} characters with these settings, but it still writes the same text every time.",
        "zh": "在这些设置下，贪心解码在 {length} 个字符内没有陷入循环，但它每次写出的文字都完全相同。",
    },
    "compare.conclusion.sampling_diverse": {
        "en": "Pure sampling wrote {distinct} different continuations out of {n}; {div:.0%} of its 4-grams are distinct (greedy: {div_greedy:.1%}), and {loops:.0%} of its texts end in a loop.",
        "zh": "纯采样在 {n} 次中写出了 {distinct} 段不同的续写；其 4 字符片段中有 {div:.0%} 互不重复（贪心：{div_greedy:.1%}），{loops:.0%} 的文本以循环结尾。",
    },
    "compare.conclusion.sampling_same": {
        "en": "Pure sampling wrote the same continuation all {n} times: with this prompt the model is nearly certain at every step.",
        "zh": "纯采样 {n} 次都写出了同一段续写：对这个开头，模型每一步几乎都确定无疑。",
    },
    "compare.conclusion.greedy_likelier": {
        "en": "The price of exploring: the model finds greedy's text likelier (perplexity {ppl_greedy:.2f} vs {ppl:.2f}) and {real_greedy:.0%} of greedy's words are real words against {real:.0%} for pure sampling.",
        "zh": "探索是有代价的：模型认为贪心的文字更可能（困惑度 {ppl_greedy:.2f}，采样为 {ppl:.2f}）；贪心写出的词有 {real_greedy:.0%} 是真实单词，纯采样为 {real:.0%}。",
    },
    "compare.conclusion.sampling_likelier": {
        "en": "Surprisingly, pure sampling scored a lower perplexity than greedy here ({ppl:.2f} vs {ppl_greedy:.2f}); real words: {real:.0%} vs {real_greedy:.0%} for greedy.",
        "zh": "出人意料的是，这里纯采样的困惑度反而比贪心低（{ppl:.2f} 对 {ppl_greedy:.2f}）；真实单词比例：采样 {real:.0%}，贪心 {real_greedy:.0%}。",
    },
    "compare.conclusion.t_tradeoff_low": {
        "en": "Lowering the temperature to T = {t} made the text safer (perplexity {ppl_t:.2f} instead of {ppl_1:.2f}) and less varied ({div_t:.0%} distinct 4-grams instead of {div_1:.0%}).",
        "zh": "把温度降到 T = {t} 让文字更稳妥（困惑度 {ppl_t:.2f}，T = 1 时为 {ppl_1:.2f}），也更单调（不重复 4 字符片段 {div_t:.0%}，T = 1 时为 {div_1:.0%}）。",
    },
    "compare.conclusion.t_tradeoff_high": {
        "en": "Raising the temperature to T = {t} made the text more varied ({div_t:.0%} distinct 4-grams instead of {div_1:.0%}) and less likely (perplexity {ppl_t:.2f} instead of {ppl_1:.2f}).",
        "zh": "把温度升到 T = {t} 让文字更多样（不重复 4 字符片段 {div_t:.0%}，T = 1 时为 {div_1:.0%}），也更不可能（困惑度 {ppl_t:.2f}，T = 1 时为 {ppl_1:.2f}）。",
    },
    "compare.conclusion.t_mixed": {
        "en": "At T = {t} this run shows no clean trade-off: perplexity {ppl_t:.2f} (T = 1: {ppl_1:.2f}), distinct 4-grams {div_t:.0%} (T = 1: {div_1:.0%}).",
        "zh": "在 T = {t} 时，这次运行没有呈现清晰的权衡：困惑度 {ppl_t:.2f}（T = 1：{ppl_1:.2f}），不重复 4 字符片段 {div_t:.0%}（T = 1：{div_1:.0%}）。",
    },
    "compare.conclusion.beam_loops": {
        "en": "Beam search, which maximises the total probability, loops too (perplexity {ppl_beam:.2f}): the likeliest text is not the most interesting one.",
        "zh": "以总概率最大为目标的束搜索同样陷入循环（困惑度 {ppl_beam:.2f}）：最可能的文字并不是最有意思的文字。",
    },
    "compare.conclusion.beam_no_loop": {
        "en": "Beam search found a text with perplexity {ppl_beam:.2f} that does not loop within this length.",
        "zh": "束搜索找到了一段困惑度为 {ppl_beam:.2f} 的文字，在这个长度内没有循环。",
    },
    "compare.conclusion.best_real_words": {
        "en": "The highest share of real words came from {strategy}: {share:.0%}.",
        "zh": "真实单词比例最高的是{strategy}：{share:.0%}。",
    },
    "compare.conclusion.best_real_words_loops": {
        "en": "{strategy} wrote the most real words ({share:.0%}), but only by repeating itself; among strategies that do not loop, {strategy2} did best ({share2:.0%}).",
        "zh": "{strategy}写出的真实单词比例最高（{share:.0%}），但那只是靠不断重复；在不陷入循环的策略中，{strategy2}最好（{share2:.0%}）。",
    },
}
