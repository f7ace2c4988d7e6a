"""Texts of the why page (see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "why.intro": {
        "en": "Before the formula, the article asks a question: why turn a network's scores into probabilities at all? Play through its argument below, then see softmax at work in a second place, attention.",
        "zh": "在讲公式之前，文章先问了一个问题：为什么非要把网络的分数变成概率？下面一步步亲手走一遍它的论证，再看看 softmax 的另一个工作场所——注意力机制。",
    },
    # The tabs, numbered: they keep the article's order.
    "why.tab.scores": {"en": "1 · Raw scores", "zh": "1 · 原始分数"},
    "why.tab.gradient": {"en": "2 · Learning: p − y", "zh": "2 · 学习：p − y"},
    "why.tab.attention": {"en": "3 · Attention", "zh": "3 · 注意力"},
    "why.leaf": {"en": "leaf", "zh": "树叶"},
    "why.flower": {"en": "flower", "zh": "花"},
    # ------------------------------------------------------------------ section 1
    "why.s1.explain": {
        "en": 'A network looks at a picture of a leaf and gives one raw score to "leaf" and one to "flower"; the ideal answer is (1, 0). Compare the raw scores with that ideal directly and a confident right answer like (5, 1) is punished more than the wrong answer (0, 1) — softmax turns the scores into probabilities first, and then the loss points the right way.',
        "zh": "网络看到一张树叶的图片，给“树叶”和“花”各打一个原始分数；理想答案是 (1, 0)。如果直接拿原始分数和理想答案比，像 (5, 1) 这样自信又正确的答案，反而比错误的 (0, 1) 挨罚更重——先用 softmax 把分数变成概率，损失才会指向正确的方向。",
    },
    "why.s1.preset": {"en": "Network output (scores for leaf, flower)", "zh": "网络输出（树叶、花的分数）"},
    "why.preset.right": {"en": "right: leaf scores higher", "zh": "答对：树叶分数更高"},
    "why.preset.wrong": {"en": "wrong: flower scores higher", "zh": "答错：花的分数更高"},
    "why.preset.custom": {"en": "type your own scores", "zh": "自己输入分数"},
    "why.s1.leaf": {"en": "Score for leaf z₁", "zh": "树叶的分数 z₁"},
    "why.s1.flower": {"en": "Score for flower z₂", "zh": "花的分数 z₂"},
    "why.s1.score.help": {
        "en": "Any number between -{limit} and {limit}. The picture is a leaf, so the target is (1, 0).",
        "zh": "-{limit} 到 {limit} 之间的任意数。图片是树叶，所以目标是 (1, 0)。",
    },
    "why.s1.paradox": {
        "en": "Raw scores against (1, 0): the right answer (5, 1) has squared error {right}, the wrong answer (0, 1) only {wrong}. Training on this would push the network away from being right.",
        "zh": "直接拿原始分数和 (1, 0) 比：答对的 (5, 1) 平方误差是 {right}，答错的 (0, 1) 只有 {wrong}。照这样训练，网络会被推离正确答案。",
    },
    "why.s1.fixed": {
        "en": "After softmax, with cross-entropy: the right answer's loss is {right}, the wrong answer's {wrong}. Now being right costs less, as it should.",
        "zh": "先做 softmax 再算交叉熵：答对的损失是 {right}，答错的是 {wrong}。这下答对的代价更小，本该如此。",
    },
    "why.t.scores": {"en": "Scores (leaf, flower)", "zh": "分数（树叶，花）"},
    "why.t.squared": {"en": "Squared error of raw scores", "zh": "原始分数的平方误差"},
    "why.t.softmax": {"en": "Softmax (leaf / flower)", "zh": "Softmax（树叶 / 花）"},
    "why.t.cross": {"en": "Cross-entropy", "zh": "交叉熵"},
    "why.t.right": {"en": "right", "zh": "答对"},
    "why.t.wrong": {"en": "wrong", "zh": "答错"},
    "why.t.yours": {"en": "yours", "zh": "你的"},
    "why.m.squared": {"en": "Squared error (raw scores)", "zh": "平方误差（原始分数）"},
    "why.m.p_leaf": {"en": "Softmax p(leaf)", "zh": "Softmax p(树叶)"},
    "why.m.cross": {"en": "Cross-entropy −log p(leaf)", "zh": "交叉熵 −log p(树叶)"},
    "why.s1.equal": {
        "en": "Equal scores: softmax gives 50 % / 50 %, the network cannot decide, and the cross-entropy is log 2 ≈ 0.693.",
        "zh": "两个分数相等：softmax 给出 50% / 50%，网络拿不定主意，交叉熵是 log 2 ≈ 0.693。",
    },
    "why.mark.right": {"en": "right (5, 1)", "zh": "答对 (5, 1)"},
    "why.mark.wrong": {"en": "wrong (0, 1)", "zh": "答错 (0, 1)"},
    "why.c.loss.title": {"en": "Both losses as the leaf score changes", "zh": "树叶分数变化时的两种损失"},
    "why.c.loss.x": {
        "en": "score for leaf z₁ (flower held at {flower})",
        "zh": "树叶的分数 z₁（花的分数固定为 {flower}）",
    },
    "why.c.loss.squared": {"en": "squared error (raw)", "zh": "平方误差（原始）"},
    "why.c.loss.cross": {"en": "cross-entropy (softmax)", "zh": "交叉熵（softmax）"},
    "why.c.loss.you": {"en": "your scores", "zh": "你的分数"},
    "why.c.norm.title": {"en": "Two ways to make probabilities", "zh": "两种把分数变成概率的办法"},
    "why.c.norm.y": {"en": "probability", "zh": "概率"},
    "why.c.norm.target": {"en": "target y", "zh": "目标 y"},
    "why.c.norm.linear": {"en": "divide by the sum z/Σz", "zh": "除以总和 z/Σz"},
    "why.c.norm.softmax": {"en": "softmax", "zh": "softmax"},
    "why.s1.honest": {
        "en": "Honest note: the article's example (5, 1) → (0.83, 0.17) is 5/6 and 1/6, simply dividing by the sum. Softmax itself gives 0.982 / 0.018, because exp widens the gap between the scores.",
        "zh": "说句实话：文章里 (5, 1) → (0.83, 0.17) 的例子其实是 5/6 和 1/6，只是除以了总和。真正的 softmax 给出 0.982 / 0.018，因为指数函数会把分数之间的差距拉大。",
    },
    "why.s1.no_linear": {
        "en": "With these scores dividing by the sum is not even defined (a negative score or a zero sum); softmax works for any numbers.",
        "zh": "用你这组分数，除以总和根本行不通（有负分数或总和为零）；softmax 则对任何数都管用。",
    },
    # ------------------------------------------------------------------ section 2
    "why.s2.explain": {
        "en": "Training nudges each score against its gradient, and for softmax with cross-entropy that gradient is just the probability minus the target, p − y. The leaf score goes up by η·(1 − p(leaf)), the flower score down by η·p(flower), so each step moves less as the answer gets closer to right.",
        "zh": "训练时，每个分数都沿着梯度的反方向挪一小步；对 softmax 加交叉熵来说，这个梯度就是概率减去目标：p − y。树叶的分数上升 η·(1 − p(树叶))，花的分数下降 η·p(花)，所以答案越接近正确，每一步走得越小。",
    },
    "why.s2.exp": {
        "en": "Why exp makes this simple: the derivative of e^z is e^z itself, so differentiating softmax gives back p, and the log in cross-entropy cancels the rest, leaving p − y.",
        "zh": "为什么指数函数让这一切变简单：e^z 的导数就是它自己，所以对 softmax 求导又得到 p，交叉熵里的 log 再把其余部分消掉，只剩下 p − y。",
    },
    "why.s2.need_scores": {
        "en": "Fix the scores above first; the descent starts from them.",
        "zh": "请先修正上面的分数；梯度下降从那里出发。",
    },
    "why.s2.start": {
        "en": "The descent starts from these scores, the same ones as in tab 1: change them here or there.",
        "zh": "梯度下降从这组分数出发，和标签页 1 里的是同一组：在这里或那里改都可以。",
    },
    "why.s2.lr": {"en": "Learning rate η", "zh": "学习率 η"},
    "why.s2.lr.help": {
        "en": "How far one step moves the scores: z ← z − η (p − y).",
        "zh": "每一步把分数挪多远：z ← z − η (p − y)。",
    },
    "why.s2.step": {"en": "Step", "zh": "走一步"},
    "why.s2.reset": {"en": "Reset", "zh": "重来"},
    "why.s2.lr_zero": {
        "en": "A learning rate of 0 never moves the scores, so Step is switched off. Pick a value above 0.",
        "zh": "学习率为 0 时分数永远不会动，所以“走一步”按钮已停用。请选一个大于 0 的值。",
    },
    "why.s2.lr_big": {
        "en": "A large learning rate: each step is a big jump. With two classes the loss still falls, but in a real network steps this big overshoot and training becomes unstable.",
        "zh": "学习率很大：每一步都是一大跳。只有两个类别时损失仍然会下降，但在真实的网络里，这么大的步子会冲过头，训练变得不稳定。",
    },
    "why.s2.bad_lr": {
        "en": "That learning rate cannot be used: it must be a number above 0 and at most 100.",
        "zh": "这个学习率用不了：它必须大于 0，且不超过 100。",
    },
    "why.s2.full": {
        "en": "{max} steps taken — that is the limit. Press Reset to start again.",
        "zh": "已经走了 {max} 步，到上限了。按“重来”重新开始。",
    },
    "why.m.steps": {"en": "Steps taken", "zh": "已走步数"},
    "why.m.scores": {"en": "Scores (leaf, flower)", "zh": "分数（树叶，花）"},
    "why.m.gd_p": {"en": "p(leaf) now", "zh": "当前 p(树叶)"},
    "why.m.gd_loss": {"en": "Loss now", "zh": "当前损失"},
    "why.c.grad.title": {"en": "Probability, target and gradient p − y", "zh": "概率、目标与梯度 p − y"},
    "why.c.grad.p": {"en": "probability p", "zh": "概率 p"},
    "why.c.grad.y": {"en": "target y", "zh": "目标 y"},
    "why.c.grad.grad": {"en": "gradient p − y", "zh": "梯度 p − y"},
    "why.c.hist.title": {"en": "Scores and loss, step by step", "zh": "分数与损失，一步一步"},
    "why.c.hist.x": {"en": "step", "zh": "步数"},
    "why.c.hist.y": {"en": "score", "zh": "分数"},
    "why.c.hist.loss": {"en": "cross-entropy", "zh": "交叉熵"},
    "why.c.hist.score": {"en": "score: {name}", "zh": "分数：{name}"},
    # ------------------------------------------------------------------ section 3
    "why.s3.explain": {
        "en": "In a transformer each word asks a question (the query) and compares it with every other word's label (the keys); softmax turns those similarity scores into weights that add up to 1. The word's new meaning is the weighted average of the others' contents (the values), so softmax decides whom to listen to and how much.",
        "zh": "在 Transformer 里，每个词都会提出一个问题（查询 q），拿它去和其他每个词的标签（键 k）比较；softmax 把这些相似度分数变成加起来等于 1 的权重。这个词的新含义就是其他词内容（值 v）的加权平均，所以 softmax 决定了该听谁的、听多少。",
    },
    "why.s3.query": {"en": "Query q (x, y)", "zh": "查询 q（x, y）"},
    "why.s3.query.help": {
        "en": "Two numbers separated by a comma or a space, e.g. 1, 0.5.",
        "zh": "两个数，用逗号或空格隔开，例如 1, 0.5。",
    },
    "why.s3.scale": {"en": "Scale (like 1 / temperature)", "zh": "缩放（相当于 1 / 温度）"},
    "why.s3.scale.help": {
        "en": "Multiplies every score. 0 gives every key the same weight; larger values make attention sharper.",
        "zh": "把每个分数乘上这个数。0 让每个键的权重都一样；越大，注意力越集中。",
    },
    "why.s3.table": {"en": "Keys and values table", "zh": "键和值的表格"},
    "why.s3.table.help": {
        "en": "One row per key (its 2-D key vector and its 2-D value vector). Click a cell to edit; add or delete rows ({min}–{max} keys).",
        "zh": "每行一个键（它的二维键向量和二维值向量）。点击单元格即可修改；可以添加或删除行（{min}–{max} 个键）。",
    },
    "why.col.key": {"en": "key", "zh": "键"},
    "why.col.kx": {"en": "key x", "zh": "键 x"},
    "why.col.ky": {"en": "key y", "zh": "键 y"},
    "why.col.v1": {"en": "value 1", "zh": "值 1"},
    "why.col.v2": {"en": "value 2", "zh": "值 2"},
    "why.s3.equal": {
        "en": "All {n} scores are equal, so softmax spreads attention evenly: every key gets 1/{n}.",
        "zh": "{n} 个分数全都相等，所以 softmax 把注意力平均分配：每个键都得到 1/{n}。",
    },
    "why.m.top": {"en": "Most attended key", "zh": "最受关注的键"},
    "why.m.entropy": {"en": "Spread of attention (entropy, bits)", "zh": "注意力的分散程度（熵，比特）"},
    "why.m.output": {"en": "Output o (weighted average)", "zh": "输出 o（加权平均）"},
    "why.c.vec.title": {
        "en": "Query and keys in 2-D (marker size = weight)",
        "zh": "二维平面上的查询和键（点越大权重越大）",
    },
    "why.c.vec.query": {"en": "query q", "zh": "查询 q"},
    "why.c.vec.keys": {"en": "keys k", "zh": "键 k"},
    "why.c.w.title": {"en": "Attention weights softmax(s)", "zh": "注意力权重 softmax(s)"},
    "why.c.w.y": {"en": "weight", "zh": "权重"},
    "why.c.w.weights": {"en": "weight", "zh": "权重"},
    "why.c.val.title": {"en": "Values and their weighted average", "zh": "值向量及其加权平均"},
    "why.c.val.values": {"en": "values v", "zh": "值 v"},
    "why.c.val.output": {"en": "output o", "zh": "输出 o"},
    "why.c.sweep.title": {"en": "Weights as the scale grows", "zh": "缩放变大时的权重"},
    "why.c.sweep.x": {"en": "scale", "zh": "缩放"},
    "why.c.sweep.y": {"en": "weight", "zh": "权重"},
    "why.s3.temperature": {
        "en": "Temperature again: multiplying the scores by a scale is dividing them by T = 1/scale. A large scale is a low temperature — one key takes almost all the attention; scale 0 is an infinite temperature — all keys weigh the same.",
        "zh": "又是温度：把分数乘上缩放系数，就等于除以温度 T = 1/缩放。缩放大就是温度低——一个键几乎拿走全部注意力；缩放为 0 就是温度无穷大——所有键一样重。",
    },
    # ------------------------------------------------------------------ bad input
    "why.error.entry": {"en": " (entry {position})", "zh": "（第 {position} 项）"},
    "why.error.empty": {
        "en": "{field}{where}: the box is empty — type a number.",
        "zh": "{field}{where}：还没有填——请输入一个数。",
    },
    "why.error.not_number": {
        "en": "{field}{where}: not a number. Use digits, e.g. 2 or -0.5.",
        "zh": "{field}{where}：不是数字。请输入像 2 或 -0.5 这样的数。",
    },
    "why.error.not_finite": {
        "en": "{field}{where}: not a finite number (NaN or infinity cannot be used).",
        "zh": "{field}{where}：不是有限的数（NaN 或无穷大不能用）。",
    },
    "why.error.too_large": {
        "en": "{field}{where}: too large; use numbers between -{limit} and {limit}.",
        "zh": "{field}{where}：太大了；请使用 -{limit} 到 {limit} 之间的数。",
    },
    "why.error.count": {
        "en": "{field}{where}: needs exactly {expected} numbers separated by commas, but has {got}.",
        "zh": "{field}{where}：需要正好 {expected} 个用逗号隔开的数，现在有 {got} 个。",
    },
    "why.error.too_few_rows": {
        "en": "{field}{where}: attention needs at least {minimum} keys to choose between, there are {got}. Add a row.",
        "zh": "{field}{where}：注意力至少需要 {minimum} 个键来挑选，现在只有 {got} 个。请添加一行。",
    },
    "why.error.too_many_rows": {
        "en": "{field}{where}: at most {maximum} keys fit this example, there are {got}. Delete a row.",
        "zh": "{field}{where}：这个例子最多容纳 {maximum} 个键，现在有 {got} 个。请删掉一行。",
    },
    "why.error.cell_empty": {
        "en": "{field}{where}: row {row} has an empty cell — fill in every number.",
        "zh": "{field}{where}：第 {row} 行有空单元格——请把每个数都填上。",
    },
    "why.error.cell_not_finite": {
        "en": "{field}{where}: row {row} holds a number that is not finite (NaN or infinity).",
        "zh": "{field}{where}：第 {row} 行有不是有限值的数（NaN 或无穷大）。",
    },
    "why.error.cell_too_large": {
        "en": "{field}{where}: row {row} holds a number that is too large; use numbers between -{limit} and {limit}.",
        "zh": "{field}{where}：第 {row} 行有太大的数；请使用 -{limit} 到 {limit} 之间的数。",
    },
}
