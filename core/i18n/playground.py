"""Texts of the temperature page (URL /playground; see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "playground.intro": {
        "en": "Before softmax, every score is divided by the temperature T: a low T gathers the probability on the top score, a high T spreads it out. Move the slider and watch the bars; the dashed outlines are T = 1.",
        "zh": "做 Softmax 之前，先把每个分数都除以温度 T：T 小，概率更集中到最高分上；T 大，概率分得更平均（文章说“更平缓”）。拖动滑块，看柱子怎么变；虚线框是 T = 1 时的概率。",
    },
    "playground.url.bad": {
        "en": "The table in this link could not be read (not numbers, mismatched or too long), so the article’s example is shown instead.",
        "zh": "链接里的表格无法读取（不是数字、行数对不上或太长），所以改为显示文章里的例子。",
    },
    "playground.nothing": {
        "en": "Fix the table and the bars will appear.",
        "zh": "把表格改对，柱状图就会出现。",
    },
    "playground.last_valid": {
        "en": "The table needs fixing: the red message under the table says what is wrong. Until then the bars show the last table that had no errors.",
        "zh": "表格需要修改：表格下面的红色提示说明了哪里不对。改好之前，柱状图显示的是最后一次没有错误的表格。",
    },
    # ------------------------------------------------------------------ presets
    "playground.preset": {"en": "Start from an example", "zh": "从一个例子开始"},
    "playground.preset.article": {
        "en": "The article’s example: 2, 1, 0.1",
        "zh": "文章里的例子：2、1、0.1",
    },
    "playground.preset.article.note": {
        "en": "The article’s worked example: at T = 1 softmax gives 65.9%, 24.2%, 9.9%.",
        "zh": "文章里算过的例子：T = 1 时，Softmax 给出 65.9%、24.2%、9.9%。",
    },
    "playground.preset.rest_clear": {
        "en": "Two restaurants: 5 stars vs 1",
        "zh": "两家餐厅：5 分对 1 分",
    },
    "playground.preset.rest_clear.note": {
        "en": "5 stars against 1: you would go to the 5 every time. Softmax agrees: even at T = 1 the 5 gets 98.2%.",
        "zh": "5 分对 1 分：你每次都会去 5 分那家。Softmax 也这么看：T = 1 时它就占 98.2%。",
    },
    "playground.preset.rest_close": {
        "en": "Two restaurants: 4.9 stars vs 4.7",
        "zh": "两家餐厅：4.9 分对 4.7 分",
    },
    "playground.preset.rest_close.note": {
        "en": (
            "4.9 against 4.7: both are good, so you would happily take turns (55.0% / 45.0% at T = 1). "
            "Now lower the temperature to 0.05: the pair behaves exactly like 5 against 1 at T = 1, 98.2% / 1.8%."
        ),
        "zh": (
            "4.9 分对 4.7 分：两家都不错，换着去也很开心（T = 1 时是 55.0% 对 45.0%）。"
            "现在把温度降到 0.05：这两家就和 T = 1 时的 5 分对 1 分一模一样，98.2% 对 1.8%。"
        ),
    },
    "playground.preset.rest_cold": {
        "en": "Two restaurants: 4.9 vs 4.7 at T = 0.05",
        "zh": "两家餐厅：4.9 分对 4.7 分，温度 0.05",
    },
    "playground.preset.rest_cold.note": {
        "en": (
            "Why exactly 0.05? Dividing by T stretches the gap: 0.2 ÷ 0.05 = 4, the same gap as between "
            "5 and 1. Softmax only looks at the gaps, so both give 98.2% / 1.8%. A low temperature makes a "
            "small preference look like a sure thing."
        ),
        "zh": (
            "为什么正好是 0.05？除以 T 会把差距拉大：0.2 ÷ 0.05 = 4，正好等于 5 和 1 之间的差距。"
            "Softmax 只看差距，所以两者都是 98.2% 对 1.8%。温度一低，一点点偏好也会变得像板上钉钉。"
        ),
    },
    "playground.preset.leaf": {"en": "Leaf or flower: 5 vs 1", "zh": "叶子还是花：5 分对 1 分"},
    "playground.preset.leaf.note": {
        "en": (
            "The classifier’s scores for a picture of a leaf. Divided by their sum they give 0.83 / 0.17 "
            "(the numbers the article shows); softmax gives 0.982 / 0.018. See “Why the exponential?” below."
        ),
        "zh": (
            "分类器看到一张叶子的图片时打出的分数。直接除以总和，得到 0.83 和 0.17（就是文章里的数）；"
            "用 Softmax 算，得到 0.982 和 0.018。见下面的“为什么用 e 的 z 次方？”。"
        ),
    },
    "playground.preset.humpty": {"en": "“Humpty Du…”: the next character", "zh": "“Humpty Du…”：下一个字符"},
    "playground.preset.humpty.note": {
        "en": "After “Humpty Du” the article gives u 0.5, m 0.45 and 0.05 for all the other characters, and calls them scores. They already add up to 1, so they are really probabilities: what softmax gives out, not what goes in. To get them back, this table uses their logarithms as scores, as the page “Why probabilities?” does: log p is the power of e that gives p, so e to the −0.693 is 0.5 and log 0.5 ≈ −0.693 (log 0.45 ≈ −0.799, log 0.05 ≈ −2.996). Softmax raises e to each score, which turns log p back into p, so at T = 1 you see 50%, 45%, 5%. Typed in as they are, 0.5, 0.45 and 0.05 would give only 38.6%, 36.7% and 24.6%: put them in the table and see.",
        "zh": "在“Humpty Du”后面，文章给出 u 0.5、m 0.45、其他字符合计 0.05，并把它们叫作“得分”。这三个数加起来正好是 1，所以它们其实已经是概率，是 Softmax 的输出，而不是输入。为了还原它们，这个表格和“为什么要变成概率？”那一页一样，用 log p 当分数：log p 就是“e 的多少次方等于 p”，例如 e 的 −0.693 次方约等于 0.5，所以 log 0.5 ≈ −0.693（log 0.45 ≈ −0.799，log 0.05 ≈ −2.996）。Softmax 先算 e 的 z 次方，正好把 log p 变回 p，所以 T = 1 时你看到的正是 50%、45%、5%。如果照原样把 0.5、0.45、0.05 当分数填进表格，得到的只是 38.6%、36.7%、24.6%：可以在表格里试试。",
    },
    "playground.preset.huge": {"en": "Huge scores: 1000, 999, 998", "zh": "超大的分数：1000、999、998"},
    "playground.preset.huge.note": {
        "en": (
            "e¹⁰⁰⁰ is too big for the computer to hold (it “overflows”). The formula as written breaks; "
            "subtracting the largest score from every score first works. See “Step by step” below."
        ),
        "zh": (
            "e¹⁰⁰⁰ 大得连计算机都存不下（这叫“溢出”）。直接照公式算会出错；先把每个分数都减去最大的那个再算，"
            "就没问题。请看下面的“一步一步算”。"
        ),
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
    "playground.table.caption": {
        "en": (
            "Each row is an option with its score z (the field calls an option a token, and its score a "
            "logit). Change a score or a name; type a new option into the blank last row; select a row to delete it."
        ),
        "zh": "每一行是一个选项和它的分数 z（业内把选项叫“词元”，英文 token；把分数叫 logit）。可以改分数、改名字；在最后的空行里写新的选项；选中一行可以删掉它。",
    },
    "playground.col.token": {"en": "Option", "zh": "选项"},
    "playground.col.token.help": {
        "en": "A name for this option; each must be different.",
        "zh": "这个选项的名字，不能重复。",
    },
    "playground.col.logit": {"en": "Score z", "zh": "分数 z"},
    "playground.col.logit.help": {
        "en": "Any number, e.g. 2, -0.5, 1e3 (that is 1000). Type -inf (minus infinity) to rule an option out: its probability is then 0.",
        "zh": "任意数字，例如 2、-0.5、1e3（就是 1000）。输入 -inf（负无穷）可以把这个选项排除在外，它的概率就是 0。",
    },
    "playground.err.title": {"en": "The table needs fixing:", "zh": "表格需要修改："},
    "playground.err.more": {"en": "… and {n} more problems.", "zh": "……还有 {n} 处问题。"},
    "playground.err.more.one": {"en": "… and 1 more problem.", "zh": "……还有 1 处问题。"},
    "playground.err.empty": {
        "en": "No option has both a name and a score yet: add at least one.",
        "zh": "还没有一个选项既有名字又有分数：请至少添加一个。",
    },
    "playground.err.too_many": {
        "en": "The table has {count} rows; at most {max_rows} are allowed. Delete some rows.",
        "zh": "表格有 {count} 行，最多只能有 {max_rows} 行。请删掉一些。",
    },
    "playground.err.not_finite": {
        "en": "{where}: “{value}” cannot be a score: NaN has no value, and +∞ (plus infinity) makes infinity divided by infinity, which has none either. Use a large number instead, or -inf to rule the option out.",
        "zh": "{where}：“{value}”不能当分数：NaN 没有数值，+∞（正无穷）会得出“无穷大除以无穷大”，同样算不出结果。请改用一个很大的数；想排除这个选项，就输入 -inf。",
    },
    "playground.pending.title": {
        "en": "Left out of the chart until the row is finished:",
        "zh": "这一行填完之前，先不画进图里：",
    },
    "playground.pending.no_score": {
        "en": "{where}: a name, no score yet.",
        "zh": "{where}：有名字，还没有分数。",
    },
    "playground.pending.no_label": {
        "en": "{where}: a score, no name yet.",
        "zh": "{where}：有分数，还没有名字。",
    },
    "playground.err.long_label": {
        "en": "{where}: the name is {length} characters long; at most {max_label} are allowed.",
        "zh": "{where}：名字有 {length} 个字符，最多 {max_label} 个。",
    },
    "playground.err.duplicate": {
        "en": "{where}: the name “{value}” is already used in row {other}; each option needs its own name.",
        "zh": "{where}：名字“{value}”在第 {other} 行已经用过了；每个选项的名字都要不一样。",
    },
    "playground.err.all_masked": {
        "en": "Every score is -inf: every option is ruled out and nothing can be chosen.",
        "zh": "所有分数都是 -inf：每个选项都被排除了，没有可选的。",
    },
    "playground.warn.one_row": {
        "en": "Only one option: it always gets probability 1, whatever its score. Add another row to compare.",
        "zh": "只有一个选项：不管分数是多少，它的概率永远是 1。再加一行才能比较。",
    },
    # ------------------------------------------------------------------ the chart
    "playground.chart.probs": {"en": "Probabilities at T = {t}", "zh": "T = {t} 时的概率"},
    "playground.chart.current": {"en": "T = {t}", "zh": "T = {t}"},
    "playground.chart.reference": {"en": "T = 1 (dashed outline)", "zh": "T = 1（虚线框）"},
    "playground.chart.caption": {
        "en": "★ marks the most likely option. Hover over (or tap) a bar for its exact value.",
        "zh": "★ 标出最可能的选项。鼠标悬停在柱子上（或点按柱子）可看精确数值。",
    },
    "playground.chart.greedy": {
        "en": "T = 0 means always taking the top score: it gets all the probability, and tied top scores share it.",
        "zh": "T = 0 表示直接选择得分最高的：它拿走全部概率；如果几个并列最高，就平分。",
    },
    # ------------------------------------------------------------------ predict, then reveal
    "playground.predict.q": {
        "en": "**Guess first:** at T = {t}, will “{option}” get more or less than the {before} it has at T = {start}?",
        "zh": "**先猜一猜**：T = {t} 时，“{option}”的概率比 T = {start} 时的 {before} 高还是低？",
    },
    "playground.predict.guess": {"en": "Your guess", "zh": "你的猜测"},
    "playground.predict.more": {"en": "more", "zh": "更高"},
    "playground.predict.same": {"en": "about the same", "zh": "差不多"},
    "playground.predict.less": {"en": "less", "zh": "更低"},
    "playground.predict.reveal": {"en": "Show the answer", "zh": "看答案"},
    "playground.predict.result.more": {
        "en": "More: {after} at T = {t}.",
        "zh": "更高：T = {t} 时是 {after}。",
    },
    "playground.predict.result.same": {
        "en": "About the same: {after} at T = {t}.",
        "zh": "差不多：T = {t} 时是 {after}。",
    },
    "playground.predict.result.less": {
        "en": "Less: {after} at T = {t}.",
        "zh": "更低：T = {t} 时是 {after}。",
    },
    "playground.predict.right": {"en": "Your guess was right.", "zh": "你猜对了。"},
    "playground.predict.wrong": {"en": "Not this time.", "zh": "这次没猜中。"},
    "playground.predict.t_half": {
        "en": "Halving T doubles every score: {scores} act like {scaled}, so the leader pulls ahead.",
        "zh": "T 减半等于把每个分数都乘 2：{scores} 就像变成了 {scaled}，领先的更领先。",
    },
    "playground.predict.t_two": {
        "en": "Doubling T halves every score: {scores} act like {scaled}, so the gap shrinks and the other option gets more of a chance.",
        "zh": "T 加倍等于把每个分数都除以 2：{scores} 就像变成了 {scaled}，差距变小，另一个选项的机会变大。",
    },
    "playground.predict.restaurants": {
        "en": (
            "That is exactly what the 5 gets against the 1 at T = 1 ({same_as}). Dividing by {t} turns {scores} "
            "into {scaled}: 4 apart, the same gap as between 5 and 1, and softmax only looks at the gaps."
        ),
        "zh": (
            "这和 T = 1 时“5 分对 1 分”里 5 分那家的概率（{same_as}）正好一样。除以 {t} 后，{scores} 变成了 {scaled}："
            "相差 4，和 5 与 1 的差距一样，而 Softmax 只看差距。"
        ),
    },
    "playground.predict.back_to_one": {
        "en": "At T = 1, 4.9 and 4.7 are only 0.2 apart again, so you would happily take turns.",
        "zh": "T = 1 时，4.9 和 4.7 又只差 0.2，换着去也很开心。",
    },
    "playground.predict.humpty_cold": {
        "en": "A low temperature squeezes out the unlikely options first: at T = {t} the options get {all}.",
        "zh": "温度一低，最不可能的那些最先被挤掉：T = {t} 时各选项分到 {all}。",
    },
    "playground.predict.shift": {
        "en": "Softmax only looks at the gaps between scores, so {scores} behave like 2, 1, 0; halving T doubles the gaps ({scaled}).",
        "zh": "Softmax 只看分数之间的差距，所以 {scores} 和 2、1、0 一样；T 减半，差距就加倍（{scaled}）。",
    },
    "playground.predict.custom": {
        "en": "Dividing by T = {t} turns the scores {scores} into {scaled}: a low T widens the gaps, a high T narrows them.",
        "zh": "除以 T = {t} 后，分数 {scores} 变成了 {scaled}：T 小，差距变大；T 大，差距变小。",
    },
    "playground.predict.try": {"en": "Set the slider to T = {t}", "zh": "把滑块调到 T = {t}"},
    "playground.predict.done": {
        "en": "The slider is at T = {t}: “{option}” has {after}, and the bars now show the shares at this temperature.",
        "zh": "滑块现在在 T = {t}：“{option}”占 {after}，柱状图显示的就是这个温度下的概率。",
    },
    # ------------------------------------------------------------------ go deeper
    "playground.deeper": {
        "en": "Go deeper: every step, all temperatures at once, why the exponential",
        "zh": "深入一点：每一步怎么算、所有温度一起看、为什么用 e 的 z 次方",
    },
    # ------------------------------------------------------------------ step by step
    "playground.steps.title": {"en": "Step by step", "zh": "一步一步算"},
    "playground.steps.intro": {
        "en": "The calculation row by row at the current T, done two ways: straight from the formula, and with the largest score subtracted first (what computers do).",
        "zh": "在当前温度下一行一行地算，用两种算法：直接照公式算，以及先把每个分数减去最大的那个再算（计算机实际上就这么算）。",
    },
    "playground.steps.formula": {
        "en": "$z_i$ is option i’s score, T the temperature, n the number of options.",
        "zh": "$z_i$ 是第 i 个选项的分数，T 是温度，n 是选项的个数。",
    },
    "playground.steps.token": {"en": "option", "zh": "选项"},
    "playground.steps.col.exp": {"en": "e to the (z / T)", "zh": "e 的 (z / T) 次方"},
    "playground.steps.col.shifted": {"en": "(z − max) / T", "zh": "(z − 最大值) / T"},
    "playground.steps.col.exp_shifted": {
        "en": "e to the ((z − max) / T)",
        "zh": "e 的 ((z − 最大值) / T) 次方",
    },
    "playground.steps.p_naive": {"en": "p, direct", "zh": "p（直接算）"},
    "playground.steps.p_stable": {"en": "p, max subtracted", "zh": "p（先减最大值）"},
    "playground.steps.greedy": {
        "en": "At T = 0 there is nothing to divide by: softmax becomes “always take the top score”, and the highest score (or the tied highest scores, equally) gets all the probability.",
        "zh": "T = 0 时没法做除法：这时 Softmax 就变成“直接选择得分最高的”，最高分的选项拿走全部概率（如果几个并列最高，就平分）。",
    },
    "playground.steps.overflow": {
        "en": (
            "Straight from the formula, the calculation breaks: $e^x$ is too big for the computer above "
            "x ≈ 709.78 (and so is a sum of numbers that big), so it becomes infinity (an “overflow”). A number "
            "divided by infinity comes out as 0, and infinity divided by infinity has no value "
            "(shown as NaN, “not a number”). Subtracting the largest score first keeps every exponent at or "
            "below 0, so nothing overflows. The answer is the same, because adding or subtracting the same "
            "number on every score does not change softmax."
        ),
        "zh": (
            "直接照公式算出错了：x 大于约 709.78 时，$e^x$ 大到计算机存不下（这么大的数加起来也一样），只能当作无穷大"
            "（这叫“溢出”）。一个数除以无穷大得 0，而“无穷大除以无穷大”没有结果（显示为 NaN，意思是“不是一个数”）。换个算法：先把每个分数都减去最大的那个，"
            "每个指数就都不大于 0，不会出问题。结果和原来完全一样，因为所有分数同时加上或减去同一个数，Softmax 的结果不变。"
        ),
    },
    "playground.steps.underflow": {
        "en": (
            "Straight from the formula, the calculation goes wrong: $e^x$ is too small for the computer below "
            "x ≈ −708, where it starts to lose digits, and below x ≈ −745 it becomes 0 (an “underflow”). The "
            "shares come out wrong, or as 0 divided by 0, which has no value (shown as NaN, “not a number”). "
            "Subtracting the largest score first makes the top exponent 0, "
            "and e⁰ = 1, so the sum is never 0. The answer is the same, because adding or subtracting the "
            "same number on every score does not change softmax."
        ),
        "zh": (
            "直接照公式算出错了：x 小于约 −708 时，$e^x$ 小到计算机开始丢掉它的有效数字，小于约 −745 时干脆只能当作 0"
            "（这叫“下溢”）。算出来的概率要么不对，要么是“0 除以 0”，没有结果（显示为 NaN，意思是“不是一个数”）。换个算法：先把每个分数都减去最大的那个，"
            "最大的指数就是 0，e⁰ = 1，加起来就不会是 0。结果和原来完全一样，因为所有分数同时加上或减去同一个数，"
            "Softmax 的结果不变。"
        ),
    },
    "playground.steps.same": {
        "en": "Both ways give the same p. The second subtracts the largest score first, so the exponents are never positive; that matters when the scores are huge (try the 1000, 999, 998 example).",
        "zh": "两种算法得到同样的 p。第二种先减去最大的分数，指数就不会是正数；分数很大时这一点很要紧（试试 1000、999、998 那个例子）。",
    },
    "playground.steps.promises.ok": {
        "en": "Softmax’s three guarantees hold: every p is between 0 and 1, they add up to 1 (the Σ row), and a higher score always gets a higher p.",
        "zh": "Softmax 的三个保证都成立：每个 p 都在 0 和 1 之间，加起来等于 1（见 Σ 那一行），分数越高，p 就越大。",
    },
    "playground.steps.promises.held": {
        "en": "Every p is between 0 and 1 and they add up to 1 (the Σ row).",
        "zh": "每个 p 都在 0 和 1 之间，加起来等于 1（见 Σ 那一行）。",
    },
    "playground.steps.promises.zeros": {
        "en": "Some are exactly 0: the gaps between the scores are so large here that the computer rounds the smallest probabilities to 0.",
        "zh": "有的正好是 0：这里分数差得太多，计算机把极小的概率舍入成了 0。",
    },
    "playground.steps.promises.ones": {
        "en": "The top p is so close to 1 here that the computer rounds it to 1.",
        "zh": "这里最大的 p 离 1 太近，计算机把它舍入成了 1。",
    },
    "playground.steps.promises.ties": {
        "en": "Some different scores got the same p: their gaps, divided by T, are so small here that the computer gets the same $e^{z/T}$ for them.",
        "zh": "有几个不同的分数得到了同样的 p：它们的差距除以 T 之后太小，计算机算出的 $e^{z/T}$ 一模一样。",
    },
    "playground.steps.masked": {
        "en": "A score of −∞ gets exactly 0: that option is ruled out, and the guarantees speak of the others.",
        "zh": "分数是 −∞ 的选项，概率正好是 0：它被排除在外，上面说的保证指的是其余的选项。",
    },
    "playground.steps.promises.bad": {
        "en": "Something went wrong: these probabilities are not between 0 and 1, do not add up to 1, or do not keep the order.",
        "zh": "出错了：这些概率不都在 0 和 1 之间、加起来不等于 1，或者没有保持顺序。",
    },
    # ------------------------------------------------------------------ sweep
    "playground.sweep.title": {"en": "From low to high temperature", "zh": "温度从低到高"},
    "playground.sweep.chart": {
        "en": "Each option’s probability as T changes",
        "zh": "每个选项的概率随温度 T 的变化",
    },
    "playground.sweep.x": {"en": "temperature T (log scale)", "zh": "温度 T（对数刻度）"},
    "playground.sweep.current": {"en": "T = {t}", "zh": "T = {t}"},
    "playground.sweep.caption": {
        "en": "Towards the left (T close to 0) the top option takes everything; towards the right (large T) all options come close to the same 1/n (the chart runs on past the slider’s 10, up to 100, to show this).",
        "zh": "越往左（T 越接近 0），最高分的选项拿走一切；越往右（T 越大），所有选项越来越接近同样的 1/n（图一直画到 100，比滑块的最大值 10 还远，就是为了看清这一点）。",
    },
    "playground.sweep.masked": {
        "en": "An option scored −∞ stays at 0 at every temperature: “all options” and the largest entropy here count the other {n}.",
        "zh": "分数是 −∞ 的选项，在任何温度下概率都是 0：这里的“所有选项”和最大的熵，只算其余的 {n} 个。",
    },
    "playground.sweep.masked.one": {
        "en": "Every option scored −∞ stays at 0 at every temperature: the one other option has all the probability.",
        "zh": "分数是 −∞ 的选项，在任何温度下概率都是 0：剩下的那 1 个选项拿走全部概率。",
    },
    "playground.sweep.top": {
        "en": "Showing the {k} highest-scoring of {n} options.",
        "zh": "只画出 {n} 个选项中分数最高的 {k} 个。",
    },
    "playground.sweep.greedy": {
        "en": "At T = 0 (always the top) the markers sit at the left edge.",
        "zh": "T = 0（直接选最高）时，标记点画在最左边。",
    },
    "playground.sweep.entropy": {
        "en": (
            "How unsure is the choice? At T = {t} the entropy is {h} bits, out of at most {max} bits when all "
            "options are equally likely. Entropy is 0 when one option is certain; 1 bit is as unsure as one "
            "fair coin toss."
        ),
        "zh": (
            "这次选择有多拿不准？T = {t} 时，熵是 {h} 比特；所有选项一样可能时最大，为 {max} 比特。"
            "熵衡量拿不准的程度：只有一个可能时是 0；1 比特相当于猜一次抛硬币那么拿不准。"
        ),
    },
    # ------------------------------------------------------------------ why the exponential
    "playground.why.title": {"en": "Why the exponential?", "zh": "为什么用 e 的 z 次方？"},
    "playground.why.intro": {
        "en": (
            "The article’s first reason for eᶻ is that it widens the gaps: a higher score pulls further ahead "
            "(the page “{formula}” shows it). Its other reasons show best side by side: other ways to turn "
            "scores into numbers that add up to 1 work for some scores and break for others. Here they are on "
            "the current scores, at T = 1 (the temperature slider does not change this table):"
        ),
        "zh": (
            "文章给出的第一个理由是：eᶻ 会拉大差距，分数高的会被拉得更远（“{formula}”那一页有演示）。"
            "其他几个理由放在一起比最清楚：把分数变成加起来等于 1 的数，还有别的办法，但它们只对部分分数管用。"
            "下面用当前的分数比一比（都按 T = 1 算，温度滑块不改变这张表）："
        ),
    },
    "playground.why.m.softmax": {"en": "softmax  eᶻ / Σeᶻ", "zh": "Softmax  eᶻ / Σeᶻ"},
    "playground.why.m.linear": {"en": "divide by the sum  z / Σz", "zh": "除以总和  z / Σz"},
    "playground.why.m.shift_min": {
        "en": "subtract the smallest  (z − min) / Σ(z − min)",
        "zh": "减去最小值  (z − 最小值) / Σ(z − 最小值)",
    },
    "playground.why.m.squares": {"en": "squares  z² / Σz²", "zh": "平方  z² / Σz²"},
    "playground.why.col.method": {"en": "method", "zh": "方法"},
    "playground.why.col.values": {"en": "values", "zh": "结果"},
    "playground.why.col.valid": {"en": "valid probabilities?", "zh": "能当概率用吗？"},
    "playground.why.col.order": {"en": "keeps the order?", "zh": "保持顺序吗？"},
    "playground.why.col.positive": {"en": "every value > 0?", "zh": "每个值都大于 0 吗？"},
    "playground.why.problem_line": {"en": "**{method}**: {problem}", "zh": "**{method}**：{problem}"},
    "playground.why.all_fine": {
        "en": "On these scores every method happens to work. Now make one score 0 or negative.",
        "zh": "对这组分数，每种方法碰巧都行。现在把某个分数改成 0 或负数试试。",
    },
    "playground.why.problem.divide_by_zero": {
        "en": "the scores add up to 0: division by zero",
        "zh": "分数加起来是 0：没法除以零",
    },
    "playground.why.problem.negative": {
        "en": "a negative score gives a “probability” below 0 or above 1",
        "zh": "负分数导致“概率”小于 0 或大于 1",
    },
    "playground.why.problem.not_finite": {
        "en": "the numbers are too big for the computer (infinity, or “not a number”)",
        "zh": "数太大，计算机存不下（得到无穷大，或者“不是一个数”）",
    },
    "playground.why.problem.order": {
        "en": "a lower score gets a higher or equal value (−3 squared beats 2 squared)",
        "zh": "分数低的反而得到更高或相等的值（−3 的平方比 2 的平方大）",
    },
    "playground.why.problem.zero": {
        "en": "the lowest score gets exactly 0: it could never be chosen",
        "zh": "最低分正好得到 0，它永远不会被选中",
    },
    "playground.why.chart": {"en": "The four methods side by side", "zh": "四种方法并排比较"},
    "playground.why.x": {"en": "option", "zh": "选项"},
    "playground.why.try": {
        "en": "Try a zero or negative score (e.g. 1 and −1): only softmax always stays an order-keeping distribution with every value above 0, because eᶻ is positive for every z, and a bigger z always gives a bigger eᶻ.",
        "zh": "试试 0 或负分数（比如 1 和 −1）。只有 Softmax 每次都能得到合格的概率：每个值都大于 0，加起来是 1，顺序也不变。因为不管 z 是多少，eᶻ 都是正数，而且 z 越大，eᶻ 越大。",
    },
    "playground.why.first": {
        "en": "The chart shows the first {k} options.",
        "zh": "图中只画出前 {k} 个选项。",
    },
    "playground.why.masked": {
        "en": "Options ruled out (score -inf) are left out of this comparison.",
        "zh": "被排除的选项（分数为 -inf）不参与这个比较。",
    },
    "playground.yes": {"en": "yes", "zh": "是"},
    "playground.no": {"en": "no", "zh": "否"},
}
