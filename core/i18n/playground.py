"""Texts of the playground page (see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "playground.intro": {
        "en": (
            "A model gives every possible next token a raw score, its **logit** z. Softmax turns the scores "
            "into probabilities. Edit the table (rename tokens, change scores, add or delete rows), pick a "
            "preset from the article, move the temperature, and watch each step."
        ),
        "zh": (
            "模型给每个可能的下一个词元打一个原始分数，也就是 **logit** z。Softmax 把这些分数变成概率。"
            "你可以改表格（改名字、改分数、加行删行），选一个文章里的例子，拖动温度，看每一步怎么算。"
        ),
    },
    "playground.url.bad": {
        "en": "The table in this link could not be read (not numbers, mismatched or too long), so the article's example is shown instead.",
        "zh": "链接里的表格无法读取（不是数字、行数对不上或太长），所以改为显示文章里的例子。",
    },
    "playground.formula.caption": {
        "en": "z_i is token i's score, T the temperature, n the number of tokens. T = 0 means greedy: all the probability goes to the highest score.",
        "zh": "z_i 是第 i 个词元的分数，T 是温度，n 是词元个数。T = 0 表示贪心：全部概率都给分数最高的那个。",
    },
    "playground.nothing": {
        "en": "Fix the table above and the charts will appear.",
        "zh": "把上面的表格改对，图表就会出现。",
    },
    "playground.last_valid": {
        "en": "The results below are for the last table that had no errors.",
        "zh": "下面的结果对应的是最后一次没有错误的表格。",
    },
    # ------------------------------------------------------------------ presets
    "playground.preset": {"en": "Start from an example", "zh": "从一个例子开始"},
    "playground.preset.article": {
        "en": "The article's example (2, 1, 0.1)",
        "zh": "文章里的例子 (2, 1, 0.1)",
    },
    "playground.preset.article.note": {
        "en": "The worked example: e² ≈ 7.389, e¹ ≈ 2.718, e^0.1 ≈ 1.105, sum ≈ 11.212, so 65.9 %, 24.2 %, 9.9 %.",
        "zh": "文章里算过的例子：e² ≈ 7.389，e¹ ≈ 2.718，e^0.1 ≈ 1.105，总和 ≈ 11.212，所以是 65.9%、24.2%、9.9%。",
    },
    "playground.preset.leaf": {"en": "Leaf vs flower (5, 1)", "zh": "叶子 vs 花 (5, 1)"},
    "playground.preset.leaf.note": {
        "en": "The classifier's raw scores. Dividing by the sum would give 0.83 / 0.17; softmax gives 0.982 / 0.018 (see “Why exp?” below).",
        "zh": "分类器的原始分数。直接除以总和得到 0.83 / 0.17；softmax 得到 0.982 / 0.018（见下面的“为什么用 exp？”）。",
    },
    "playground.preset.rest_clear": {"en": "Restaurants rated 5 vs 1", "zh": "餐厅评分 5 vs 1"},
    "playground.preset.rest_clear.note": {
        "en": "A clear winner: you would always pick the 5. Even at T = 1 it takes 98 %.",
        "zh": "高下立判：你每次都会选 5 分那家。即使 T = 1，它也占 98%。",
    },
    "playground.preset.rest_close": {"en": "Restaurants rated 4.9 vs 4.7", "zh": "餐厅评分 4.9 vs 4.7"},
    "playground.preset.rest_close.note": {
        "en": "Nearly equal: you would happily alternate. Lower the temperature to see how a small gap becomes a sure choice.",
        "zh": "差不多一样好：换着去也很开心。把温度调低，看小小的差距如何变成板上钉钉的选择。",
    },
    "playground.preset.humpty": {"en": "“Humpty Du…”: the next character", "zh": "“Humpty Du…”：下一个字符"},
    "playground.preset.humpty.note": {
        "en": "The article's scores after “Humpty Du”: u 50 %, m 45 %, others 5 %. The logits are ln p, so at T = 1 softmax gives exactly those back.",
        "zh": "文章里 “Humpty Du” 之后的打分：u 50%，m 45%，其他 5%。这里的 logit 取 ln p，所以 T = 1 时 softmax 正好还原这些概率。",
    },
    "playground.preset.huge": {"en": "Huge scores (1000, 999, 998)", "zh": "超大分数 (1000, 999, 998)"},
    "playground.preset.huge.note": {
        "en": "e¹⁰⁰⁰ is far beyond what a computer number can hold: the naive formula overflows, the stable one does not. See the step-by-step table.",
        "zh": "e¹⁰⁰⁰ 远超计算机数字能表示的范围：朴素公式会溢出，稳定版不会。请看逐步计算表。",
    },
    "playground.preset.custom": {"en": "Your own table", "zh": "你自己的表格"},
    "playground.preset.custom.note": {
        "en": "Your edits. Choose an example above to start over.",
        "zh": "这是你改过的表格。在上面选一个例子即可重新开始。",
    },
    "playground.tok.leaf": {"en": "leaf", "zh": "叶子"},
    "playground.tok.flower": {"en": "flower", "zh": "花"},
    "playground.tok.rest_a": {"en": "restaurant A", "zh": "餐厅 A"},
    "playground.tok.rest_b": {"en": "restaurant B", "zh": "餐厅 B"},
    "playground.tok.other": {"en": "(others)", "zh": "（其他）"},
    # ------------------------------------------------------------------ the table
    "playground.col.token": {"en": "Token", "zh": "词元"},
    "playground.col.token.help": {
        "en": "A name for this option; each must be different.",
        "zh": "这个选项的名字，不能重复。",
    },
    "playground.col.logit": {"en": "Logit z", "zh": "分数 z"},
    "playground.col.logit.help": {
        "en": "Any number, e.g. 2, -0.5, 1e3. Type -inf to mask a token (probability 0).",
        "zh": "任意数字，例如 2、-0.5、1e3。输入 -inf 可以屏蔽这个词元（概率为 0）。",
    },
    "playground.err.title": {"en": "The table needs fixing:", "zh": "表格需要修改："},
    "playground.err.more": {"en": "… and {n} more problems.", "zh": "……还有 {n} 处问题。"},
    "playground.err.more.one": {"en": "… and 1 more problem.", "zh": "……还有 1 处问题。"},
    "playground.err.empty": {
        "en": "The table is empty: add at least one token with a score.",
        "zh": "表格是空的：请至少添加一个带分数的词元。",
    },
    "playground.err.too_many": {
        "en": "The table has {value} rows; at most {max_rows} are allowed. Delete some rows.",
        "zh": "表格有 {value} 行，最多只能有 {max_rows} 行。请删掉一些。",
    },
    "playground.err.not_a_number": {
        "en": "Row {row}: '{value}' is not a number.",
        "zh": "第 {row} 行：'{value}' 不是数字。",
    },
    "playground.err.no_logit": {"en": "Row {row}: the score is empty.", "zh": "第 {row} 行：分数是空的。"},
    "playground.err.nan": {
        "en": "Row {row}: NaN (“not a number”) cannot be a score.",
        "zh": "第 {row} 行：NaN（“非数字”）不能作为分数。",
    },
    "playground.err.pos_inf": {
        "en": "Row {row}: +∞ cannot be a score (e^∞ / e^∞ has no value). Use a large number instead, or -inf to mask a token.",
        "zh": "第 {row} 行：+∞ 不能作为分数（e^∞ / e^∞ 没有意义）。请改用一个大数，或用 -inf 屏蔽该词元。",
    },
    "playground.err.too_large": {
        "en": "Row {row}: '{value}' is too large for a computer number (the limit is about 1.8e308).",
        "zh": "第 {row} 行：'{value}' 超出了计算机数字的范围（上限约为 1.8e308）。",
    },
    "playground.err.no_label": {
        "en": "Row {row}: the token has no name.",
        "zh": "第 {row} 行：词元没有名字。",
    },
    "playground.err.long_label": {
        "en": "Row {row}: the name is {value} characters long; at most {max_label} are allowed.",
        "zh": "第 {row} 行：名字有 {value} 个字符，最多 {max_label} 个。",
    },
    "playground.err.duplicate": {
        "en": "Row {row}: the name '{value}' is already used in row {other}; each token needs its own name.",
        "zh": "第 {row} 行：名字 '{value}' 在第 {other} 行已经用过了；每个词元都要有自己的名字。",
    },
    "playground.err.all_masked": {
        "en": "Every score is -inf: all tokens are masked and nothing can be chosen.",
        "zh": "所有分数都是 -inf：每个词元都被屏蔽了，没有可选的。",
    },
    "playground.warn.one_row": {
        "en": "Only one token: it always gets probability 1, whatever its score. Add another row to compare.",
        "zh": "只有一个词元：无论分数多少，它的概率永远是 1。再加一行才能比较。",
    },
    # ------------------------------------------------------------------ metrics and properties
    "playground.metric.top": {"en": "Most likely token", "zh": "最可能的词元"},
    "playground.metric.top_p": {"en": "Its probability", "zh": "它的概率"},
    "playground.metric.entropy": {"en": "Entropy (bits) / maximum", "zh": "熵（比特）/ 最大值"},
    "playground.metric.entropy.value": {"en": "{h} / {max}", "zh": "{h} / {max}"},
    "playground.metric.entropy.help": {
        "en": "How uncertain the choice is: 0 bits when one token is certain, at most log₂ n when all n tokens are equally likely.",
        "zh": "选择有多不确定：某个词元确定无疑时为 0 比特；n 个词元一样可能时最大，为 log₂ n。",
    },
    "playground.prop.range.ok": {
        "en": "Every probability is between 0 and 1 (masked tokens exactly 0).",
        "zh": "每个概率都在 0 和 1 之间（被屏蔽的词元正好为 0）。",
    },
    "playground.prop.range.rounded": {
        "en": "Every probability is in [0, 1], but some are exactly 0 or 1: T = 0 is greedy, or the gap is so large that the computer rounds e^(−gap) to 0.",
        "zh": "每个概率都在 [0, 1] 内，但有的正好是 0 或 1：要么 T = 0（贪心），要么差距太大，计算机把 e^(−差距) 舍入成了 0。",
    },
    "playground.prop.range.bad": {
        "en": "Some probability is outside [0, 1] or not a number.",
        "zh": "有概率不在 [0, 1] 之内，或者不是数字。",
    },
    "playground.prop.sum.ok": {
        "en": "They sum to 1: Σp = {total} (off by {error}, rounding only).",
        "zh": "加起来等于 1：Σp = {total}（误差 {error}，只是舍入）。",
    },
    "playground.prop.sum.bad": {
        "en": "They do not sum to 1: Σp = {total} (off by {error}).",
        "zh": "加起来不等于 1：Σp = {total}（差了 {error}）。",
    },
    "playground.prop.order.ok": {
        "en": "The order is kept: a higher score always has a higher probability.",
        "zh": "顺序保持不变：分数越高，概率越高。",
    },
    "playground.prop.order.tied": {
        "en": "The order is kept, but some different scores got the same probability (greedy T = 0, or rounded to 0).",
        "zh": "顺序没有颠倒，但有些不同的分数得到了相同的概率（T = 0 贪心，或被舍入成 0）。",
    },
    "playground.prop.order.bad": {"en": "The order is not kept.", "zh": "顺序没有保持。"},
    # ------------------------------------------------------------------ charts
    "playground.chart.logits": {"en": "Scores (logits)", "zh": "分数（logit）"},
    "playground.chart.probs": {"en": "Probabilities after softmax", "zh": "softmax 之后的概率"},
    "playground.chart.token": {"en": "token", "zh": "词元"},
    "playground.chart.reference": {"en": "at T = 1", "zh": "T = 1 时"},
    "playground.chart.current": {"en": "at the chosen T", "zh": "当前温度"},
    "playground.chart.star": {
        "en": "★ marks the most likely token. Hover for exact values.",
        "zh": "★ 标出最可能的词元。鼠标悬停可看精确数值。",
    },
    "playground.chart.star_ref": {
        "en": "★ marks the most likely token. The faint grey bars show T = 1 for comparison. Hover for exact values.",
        "zh": "★ 标出最可能的词元。淡灰色的柱子是 T = 1 时的概率，方便比较。鼠标悬停可看精确数值。",
    },
    # ------------------------------------------------------------------ step by step
    "playground.steps.title": {"en": "Step by step", "zh": "一步一步算"},
    "playground.steps.token": {"en": "token", "zh": "词元"},
    "playground.steps.p_naive": {"en": "p, naive", "zh": "p（朴素）"},
    "playground.steps.p_stable": {"en": "p, stable", "zh": "p（稳定）"},
    "playground.steps.greedy": {
        "en": "At T = 0 there is nothing to divide by: softmax becomes greedy, and the highest score (or the tied highest scores, equally) gets all the probability.",
        "zh": "T = 0 时没法做除法：softmax 变成贪心，分数最高的词元（如果并列，就平分）拿走全部概率。",
    },
    "playground.steps.overflow": {
        "en": "The naive formula overflows: e^x is infinite for x above about 709.78, and ∞ / ∞ is NaN. The stable version first subtracts the largest score, so every exponent is ≤ 0 and nothing overflows. The answer is the same, because adding the same number to every score does not change softmax.",
        "zh": "朴素公式溢出了：x 大于约 709.78 时 e^x 就是无穷大，而 ∞ / ∞ 得到 NaN。稳定版先减去最大的分数，每个指数都 ≤ 0，就不会溢出。结果完全一样，因为给所有分数加上同一个数不会改变 softmax。",
    },
    "playground.steps.same": {
        "en": "Both ways give the same p. The stable one subtracts the largest score first, so the exponents are never positive; that matters when the scores are huge (try the 1000, 999, 998 preset).",
        "zh": "两种算法得到同样的 p。稳定版先减去最大分数，指数永远不为正；分数很大时这一点至关重要（试试 1000, 999, 998 那个例子）。",
    },
    # ------------------------------------------------------------------ sweep
    "playground.sweep.title": {"en": "Temperature sweep", "zh": "温度扫描"},
    "playground.sweep.chart": {
        "en": "Each token's probability as T changes",
        "zh": "每个词元的概率随 T 的变化",
    },
    "playground.sweep.x": {"en": "temperature T (log scale)", "zh": "温度 T（对数刻度）"},
    "playground.sweep.current": {"en": "T = {t}", "zh": "T = {t}"},
    "playground.sweep.caption": {
        "en": "Towards the left (T → 0) the top token takes everything; towards the right (T → ∞) every token tends to the same 1/n.",
        "zh": "越往左（T → 0），最高分的词元拿走一切；越往右（T → ∞），每个词元都趋向相同的 1/n。",
    },
    "playground.sweep.top": {
        "en": "Showing the {k} highest-scoring of {n} tokens.",
        "zh": "只画出 {n} 个词元中分数最高的 {k} 个。",
    },
    "playground.sweep.greedy": {
        "en": "At T = 0 the markers sit at the left edge and show the greedy result.",
        "zh": "T = 0 时，标记点画在最左边，表示贪心的结果。",
    },
    # ------------------------------------------------------------------ why exp
    "playground.why.title": {"en": "Why exp?", "zh": "为什么用 exp？"},
    "playground.why.intro": {
        "en": "Other ways to turn scores into numbers that sum to 1 work for some scores and break for others. Here they are on the current scores:",
        "zh": "把分数变成加起来等于 1 的数，还有别的办法，但它们只对部分分数管用。下面用当前的分数比一比：",
    },
    "playground.why.m.softmax": {"en": "softmax  e^z / Σe^z", "zh": "softmax  e^z / Σe^z"},
    "playground.why.m.linear": {"en": "divide by the sum  z / Σz", "zh": "除以总和  z / Σz"},
    "playground.why.m.shift_min": {
        "en": "shift by the minimum  (z − min) / Σ(z − min)",
        "zh": "减去最小值  (z − min) / Σ(z − min)",
    },
    "playground.why.m.squares": {"en": "squares  z² / Σz²", "zh": "平方  z² / Σz²"},
    "playground.why.col.method": {"en": "method", "zh": "方法"},
    "playground.why.col.values": {"en": "values", "zh": "结果"},
    "playground.why.col.valid": {"en": "a distribution?", "zh": "是概率分布吗？"},
    "playground.why.col.order": {"en": "keeps the order?", "zh": "保持顺序吗？"},
    "playground.why.col.positive": {"en": "every value > 0?", "zh": "每个值都 > 0 吗？"},
    "playground.why.problem_line": {"en": "**{method}**: {problem}", "zh": "**{method}**：{problem}"},
    "playground.why.all_fine": {
        "en": "On these scores every method happens to work. Now make one score 0 or negative.",
        "zh": "对这组分数，每种方法碰巧都行。现在把某个分数改成 0 或负数试试。",
    },
    "playground.why.problem.divide_by_zero": {
        "en": "the scores sum to 0: division by zero",
        "zh": "分数加起来是 0：除以零",
    },
    "playground.why.problem.negative": {
        "en": "a negative score gives a “probability” below 0 or above 1",
        "zh": "负分数导致“概率”小于 0 或大于 1",
    },
    "playground.why.problem.not_finite": {
        "en": "the numbers overflow (inf or NaN)",
        "zh": "数字溢出了（inf 或 NaN）",
    },
    "playground.why.problem.order": {
        "en": "a lower score gets a higher or equal value (−3 squared beats 2 squared)",
        "zh": "分数低的反而得到更高或相等的值（−3 的平方比 2 的平方大）",
    },
    "playground.why.problem.zero": {
        "en": "the lowest score gets exactly 0: it could never be chosen",
        "zh": "最低分正好得到 0：它永远不会被选中",
    },
    "playground.why.chart": {"en": "The four methods side by side", "zh": "四种方法并排比较"},
    "playground.why.y": {"en": "value", "zh": "值"},
    "playground.why.try": {
        "en": "Try a zero or negative score (e.g. 1 and −1): only softmax stays a valid, order-keeping distribution with every value above 0, because e^z is positive and increasing for every z.",
        "zh": "试试 0 或负分数（比如 1 和 −1）：只有 softmax 始终是保持顺序、每个值都大于 0 的概率分布，因为 e^z 对任何 z 都是正的，而且单调递增。",
    },
    "playground.why.first": {
        "en": "The chart shows the first {k} tokens.",
        "zh": "图中只画出前 {k} 个词元。",
    },
    "playground.why.masked": {
        "en": "Masked tokens (-inf) are left out of this comparison.",
        "zh": "被屏蔽的词元（-inf）不参与这个比较。",
    },
    "playground.yes": {"en": "yes", "zh": "是"},
    "playground.no": {"en": "no", "zh": "否"},
}
