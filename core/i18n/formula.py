"""Texts of the page: How softmax works (article section 03): the worked example and why the exponential."""

TEXTS: dict[str, dict[str, str]] = {
    "formula.intro": {
        "en": (
            "Softmax turns scores into probabilities in three moves: e to the power of each score, their "
            "sum, each one divided by the sum. Change a score and follow the numbers."
        ),
        "zh": "Softmax 分三步把分数变成概率：先算 e 的 z 次方（z 就是分数），再求和，最后每一项除以总和。改一个分数，跟着数字走一遍。",
    },
    "formula.caption": {
        "en": "$z_i$ is the score of option i (the field calls it a *logit*); e ≈ 2.718.",
        "zh": "$z_i$ 是第 i 个选项的分数（业内叫 logit）；e ≈ 2.718。",
    },
    "formula.score": {"en": "Score of {name}", "zh": "{name} 的分数"},
    "formula.score.help": {
        "en": "Any number from {low} to {high}. The article’s example is 2, 1, 0.1.",
        "zh": "{low} 到 {high} 之间的任意数。文章里的例子是 2、1、0.1。",
    },
    # ------------------------------------------------------------------ the worked example
    "formula.col.option": {"en": "option", "zh": "选项"},
    "formula.col.score": {"en": "score z", "zh": "分数 z"},
    "formula.col.exp": {"en": "eᶻ", "zh": "eᶻ"},
    "formula.col.p": {"en": "p = eᶻ ÷ sum", "zh": "p = eᶻ ÷ 总和"},
    "formula.sum": {"en": "sum", "zh": "总和"},
    "formula.chart.title": {"en": "The three probabilities", "zh": "三个概率"},
    "formula.chart.current": {"en": "softmax", "zh": "Softmax"},
    "formula.note.exp": {
        "en": "Reading along with the article? Its third term is printed “e·^1”; it means $e^{{0.1}}$ ≈ {e3}.",
        "zh": "对照着文章看？文章里第三项印成了“e·^1”，其实是 $e^{{0.1}}$ ≈ {e3}。",
    },
    "formula.note.rounded": {
        "en": "Each probability is shown rounded, so the ones shown add up to {total}; unrounded they add up to exactly 100%.",
        "zh": "每个概率都是四舍五入后显示的，所以显示出来的数加起来是 {total}；不四舍五入的话，它们加起来正好是 100%。",
    },
    "formula.note.sum": {
        "en": (
            "The article’s sum {rounded} adds the rounded terms ({terms}); without rounding it is {total}. "
            "The probabilities come out the same either way: {shares}."
        ),
        "zh": "文章里的总和 {rounded} 是把四舍五入后的三项相加（{terms}）；不四舍五入，总和是 {total}。两种算法得到的百分比一样：{shares}。",
    },
    # ------------------------------------------------------------------ the three guarantees
    "formula.checks.title": {
        "en": "The article’s three guarantees, checked on these numbers",
        "zh": "文章说的三个保证，用这组数检查一遍",
    },
    "formula.check.range": {
        "en": "Every probability is between 0 and 1.",
        "zh": "每个概率都在 0 和 1 之间。",
    },
    "formula.check.range.rounded": {
        "en": (
            "Every probability is between 0 and 1, though one is so close to 0 or 1 that the computer "
            "rounds it there (the true value never reaches it)."
        ),
        "zh": "每个概率都在 0 和 1 之间，只是有的太接近 0 或 1，计算机把它舍入成了 0 或 1（真实的值永远到不了）。",
    },
    "formula.check.sum": {
        "en": "They add up to exactly 1 (the computer’s sum: {total}).",
        "zh": "加起来正好是 1（计算机算出的总和：{total}）。",
    },
    "formula.check.order": {
        "en": "The order is kept: the higher the score, the higher the probability; equal scores get equal probabilities.",
        "zh": "顺序不变：分数越高，概率越高；分数相同，概率也相同。",
    },
    "formula.check.order.bad": {
        "en": "The computer could not tell some probabilities apart.",
        "zh": "有几个概率计算机已经分不出大小了。",
    },
    # ------------------------------------------------------------------ why the exponential
    "formula.why.title": {"en": "Why e to the power of the score?", "zh": "为什么要用 e 的 z 次方？"},
    "formula.why.intro": {
        "en": "The article gives four reasons, in this order.",
        "zh": "文章给了四个理由，按这个顺序：",
    },
    "formula.why.gaps": {
        "en": (
            "**1. It widens the gaps.** One more point of score multiplies eᶻ by about 2.718, so a clear "
            "leader pulls far ahead. The article’s leaf and flower show it: scores {scores}."
        ),
        "zh": "**1. 拉大差距。** 分数每高 1 分，eᶻ 就变成原来的约 2.718 倍，所以领先的选项会被拉得更远。文章里的叶子和花就是例子：分数是 {scores}。",
    },
    "formula.predict.q": {
        "en": "Guess first: dividing 5 and 1 by their sum gives the leaf {leaf}. Will softmax give it more or less?",
        "zh": "先猜一猜：把 5 和 1 除以总和，叶子分到 {leaf}。用 Softmax 算，叶子分到的会更多还是更少？",
    },
    "formula.predict.reveal": {"en": "Show the answer", "zh": "看答案"},
    "formula.predict.a": {
        "en": "More: {leaf} (flower {flower}). The exponential widens the gap.",
        "zh": "更多：{leaf}（花 {flower}）。指数函数把差距拉大了。",
    },
    "formula.sum_vs_softmax": {
        "en": (
            "As the page “{why}” showed, the article’s {a} and {b} are 5 ÷ 6 and 1 ÷ 6, each score divided "
            "by the total. Softmax gives {c} and {d}: the exponential pulls the higher score further ahead, "
            "the first of its reasons. The chart shows both."
        ),
        "zh": "“{why}”那一页说过，文章里的 {a} 和 {b} 是 5 ÷ 6 和 1 ÷ 6，也就是每个分数除以总和。用 Softmax 算，得到的是 {c} 和 {d}：指数函数让高分更加领先，这是用它的第一个理由。图里两种结果都画出来了。",
    },
    "formula.gaps.title": {"en": "Leaf vs flower: two ways to get shares", "zh": "叶子还是花：两种分法"},
    "formula.gaps.by_sum": {"en": "divide by the sum", "zh": "直接除以总和"},
    "formula.gaps.softmax": {"en": "softmax", "zh": "Softmax"},
    "formula.leaf": {"en": "leaf", "zh": "叶子"},
    "formula.flower": {"en": "flower", "zh": "花"},
    "formula.why.positive": {
        "en": (
            "**2. It is always positive.** eᶻ is above 0 for every z, even 0 or a negative score, so every "
            "option keeps a chance. Give C the score −1 and divide by the sum: {by_sum}, a negative share, "
            "which no probability can be. Softmax gives {softmax}."
        ),
        "zh": "**2. 永远是正数。** 不管 z 是多少，哪怕是 0 或负数，eᶻ 都大于 0，所以每个选项都还有机会。把 C 的分数改成 −1，再直接除以总和：{by_sum}，出现了负的份额，概率不可能是负数。Softmax 给出的是 {softmax}。",
    },
    "formula.why.order": {
        "en": "**3. It keeps the order.** A bigger score always gives a bigger eᶻ, so the favourite stays the favourite.",
        "zh": "**3. 保持顺序。** 分数越大，eᶻ 就越大，原来领先的仍然领先。",
    },
    "formula.why.derivative": {
        "en": (
            "**4. Its derivative is itself.** The rate of change of eᶻ is eᶻ again, which keeps learning "
            "simple: each score is corrected by just p − y (see “{why}”)."
        ),
        "zh": "**4. 它的导数就是它自己。** eᶻ 的变化率（导数）还是 eᶻ，所以学习起来很简单：每个分数的修正量就是 p − y（见“{why}”那一页）。",
    },
    # ------------------------------------------------------------------ go deeper
    "formula.stable.title": {
        "en": "Go deeper: the formula a computer uses",
        "zh": "深入一点：计算机实际用的公式",
    },
    "formula.stable.explain": {
        "en": (
            "A computer number stops at about 1.8 × 10³⁰⁸, and e⁷¹⁰ is already bigger, so the code first "
            "subtracts the largest score m from every score: the gaps stay the same, so the probabilities do too, "
            "and no eᶻ can overflow."
        ),
        "zh": "计算机里的数最大只到约 1.8 × 10³⁰⁸，而 e⁷¹⁰ 就已经超过了（这叫“溢出”）。所以代码先让每个分数都减去最大的分数 m：差距不变，概率也就不变，而且 eᶻ 再也不会溢出。",
    },
    "formula.stable.demo": {
        "en": (
            "Add {shift} to your scores: {scores}. The formula as written gives {naive} (NaN means “not a number”: ∞ ÷ ∞ "
            "has no value). With the largest score subtracted first: {stable}, the same probabilities as above."
        ),
        "zh": "给你的分数都加上 {shift}：{scores}。直接按公式算，得到 {naive}（计算机用 NaN 表示“不是一个数”：∞ ÷ ∞ 没有意义）。先减去最大的分数再算：{stable}，和上面的概率一模一样。",
    },
    "formula.code.title": {"en": "Go deeper: show the code", "zh": "深入一点：看看代码"},
    "formula.code.explain": {
        "en": "The softmax every page of this app calls; its comments say why each line is there.",
        "zh": "这就是本应用每一页都在调用的 Softmax 函数。代码里的注释是英文的，意思是：先把每个分数减去最大的那个，这样每个指数都不大于 0，e 的次方就不会大到计算机装不下（所有分数减去同一个数，Softmax 的结果不变）；先减再除以 T，特别大的分数也不会变成无穷大；T = 0 就是直接选得分最高的；分数是 −inf 的选项概率为 0。",
    },
}
