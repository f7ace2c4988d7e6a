"""Texts of the "Why probabilities?" page (article sections 01–02; see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "why.intro": {
        "en": "Why does a network turn its scores into probabilities at all? The article’s answer starts with a leaf, a flower and an ideal score.",
        "zh": "模型为什么非要把分数变成概率？文章的回答从一片叶子、一朵花和一个“理想分数”讲起。",
    },
    # The tabs, numbered: they keep the article's order.
    "why.tab.scores": {"en": "1 · The problem with raw scores", "zh": "1 · 直接拿分数比的问题"},
    "why.tab.gradient": {"en": "2 · Learning: p − y", "zh": "2 · 学习：p − y"},
    "why.tab.next": {
        "en": "This page goes on in the second tab at the top, “{tab}”, where these probabilities learn.",
        "zh": "这一页还没完：点开上面的第二个标签“{tab}”，看分类器怎样靠这些概率学习。",
    },
    "why.leaf": {"en": "leaf", "zh": "叶子"},
    "why.flower": {"en": "flower", "zh": "花"},
    # ------------------------------------------------------------------ section 1
    "why.s1.problem": {
        "en": "A classifier looks at a picture of a leaf and scores “leaf” and “flower”, say (5, 1). To train it we compare its output with an ideal answer. But what should the ideal score be: 10? 100? With no limit the loss would never end, so the ideal is fixed at 1: the target is (1, 0).",
        "zh": "分类器看到一张叶子的图片，给“叶子”和“花”各打一个分数，比如 (5, 1)。训练时要拿它的输出和理想答案比，差多少就叫“损失”。可理想分数该是多少：10？100？如果没有上限，损失就永远降不完，所以理想值定为 1：目标是 (1, 0)。",
    },
    "why.s1.leaf": {
        "en": "The leaf’s score z₁ (the flower keeps 1)",
        "zh": "叶子的分数 z₁（花的分数保持 1）",
    },
    "why.s1.leaf.help": {
        "en": "The picture is a leaf, so the target is (1, 0). The article’s output is (5, 1); (0, 1) is the wrong answer it compares with.",
        "zh": "图片是叶子，所以目标是 (1, 0)。文章里的输出是 (5, 1)；拿来比较的错误答案是 (0, 1)。",
    },
    "why.s1.paradox": {
        "en": "In the article’s example, with target (1, 0), the right answer (5, 1) is further away than the wrong answer (0, 1): squared error (5 − 1)² + (1 − 0)² = {right} against (0 − 1)² + (1 − 0)² = {wrong}. Raw scores punish the right answer more. Turned into probabilities first, the loss is {ce_right} for the right answer and {ce_wrong} for the wrong one, as it should be.",
        "zh": "文章的例子里，目标是 (1, 0) 时，答对的 (5, 1) 反而比答错的 (0, 1) 离得更远：平方误差是 (5 − 1)² + (1 − 0)² = {right}，而答错的是 (0 − 1)² + (1 − 0)² = {wrong}。直接拿分数比，答对的反而被罚得更重。先变成概率再算，损失是答对 {ce_right}、答错 {ce_wrong}，这才对。",
    },
    "why.s1.paradox.yours": {
        "en": "With target (1, 0), your right answer ({leaf}, 1) is further away than the wrong answer (0, 1): squared error ({leaf} − 1)² + (1 − 0)² = {right} against (0 − 1)² + (1 − 0)² = {wrong}. Raw scores punish the right answer more. Turned into probabilities first, the loss is {ce_right} for the right answer and {ce_wrong} for the wrong one, as it should be. (The article uses 5.)",
        "zh": "目标是 (1, 0) 时，你设的 ({leaf}, 1) 虽然答对了，却比答错的 (0, 1) 离得更远：平方误差是 ({leaf} − 1)² + (1 − 0)² = {right}，而答错的是 (0 − 1)² + (1 − 0)² = {wrong}。直接拿分数比，答对的反而被罚得更重。先变成概率再算，损失是答对 {ce_right}、答错 {ce_wrong}，这才对。（文章用的是 5。）",
    },
    "why.s1.paradox.little": {
        "en": "Your ({leaf}, 1) leans only a little towards the leaf, and is no further from the target (1, 0) than the wrong answer (0, 1): squared error {right} against {wrong}. Move the leaf’s score above 2: the surer the right answer, the more raw scores punish it (the article uses 5).",
        "zh": "你设的 ({leaf}, 1) 只比花高一点点，离目标 (1, 0) 并不比答错的 (0, 1) 远：平方误差是 {right}，而答错的是 {wrong}。把叶子的分数拉到 2 以上试试：答对得越有把握，直接拿分数比反而罚得越重（文章用的是 5）。",
    },
    "why.s1.paradox.same": {
        "en": "With (0, 1) your scores are the article’s wrong answer itself, so both bars are the same: squared error {right}, loss {ce_right}. Move the leaf’s score above 2 to see raw scores punish a right answer (the article uses 5).",
        "zh": "设成 (0, 1) 时，你的分数就是文章里那个答错的 (0, 1)，所以两组柱子一样高：平方误差是 {right}，损失是 {ce_right}。把叶子的分数拉到 2 以上，才能看到直接拿分数比会罚答对的（文章用的是 5）。",
    },
    "why.s1.paradox.wrong": {
        "en": "With ({leaf}, 1) the leaf does not score highest, so this answer is wrong too: squared error {right} against the wrong answer’s {wrong}, loss {ce_right} against {ce_wrong}. Move the leaf’s score above 2 to see raw scores punish a right answer (the article uses 5).",
        "zh": "设成 ({leaf}, 1) 时，叶子的分数不是最高的，所以这也算答错：平方误差是 {right}，答错的 (0, 1) 是 {wrong}；损失是 {ce_right}，答错的 (0, 1) 是 {ce_wrong}。把叶子的分数拉到 2 以上，才能看到直接拿分数比会罚答对的（文章用的是 5）。",
    },
    "why.s1.bridge": {
        "en": "The loss after softmax, −log p(leaf), is what the field calls cross-entropy: the closer the right option’s probability is to 1, the closer the loss is to 0. log p answers “e to what power gives p?”: here p(leaf) = {p}, and e to the power −{ce} is about {p}, so log p(leaf) = −{ce} and the loss, −log p, is {ce}.",
        "zh": "先变成概率再算的损失（业内叫“交叉熵”）就是 −log p(叶子)：正确选项的概率越接近 1，损失越接近 0。log p 问的是“e 的几次方等于 p”：这里 p(叶子) = {p}，而 e 的 −{ce} 次方约等于 {p}，所以 log p(叶子) = −{ce}，损失 −log p 就是 {ce}。",
    },
    "why.s1.sum_vs_softmax": {
        "en": "Where do the article’s {lin0} and {lin1} come from? They are 5 ÷ 6 and 1 ÷ 6: each score divided by the total, the simplest way to get numbers that add up to 1. The article uses them to show the kind of result we are after. Softmax itself gives {p0} and {p1}: the exponential (e to the power z; e ≈ 2.718 is a fixed number, like π) pulls the higher score further ahead.",
        "zh": "文章里的 {lin0} 和 {lin1} 是怎么来的？它们是 5 ÷ 6 和 1 ÷ 6：每个分数除以总和，这是让几个数加起来等于 1 的最简单办法。文章用它们说明我们想要的是什么样的结果。真正用 Softmax 算，得到的是 {p0} 和 {p1}：指数函数（e 的 z 次方；e ≈ 2.718，像 π 一样是个固定的数）会让高分更加领先。",
    },
    # The sentence after it says what the chart below it draws for the reader's scores.
    "why.s1.chart_both": {
        "en": "The chart below shows both for the scores you set.",
        "zh": "下面的图为你设的分数把两种结果都画了出来。",
    },
    "why.s1.chart_softmax_only": {
        "en": "For the scores you set, the chart below can show softmax only: dividing by the sum does not work for them.",
        "zh": "对你设的这组分数，“除以总和”得不出概率，所以下面的图只画出了 Softmax 的结果。",
    },
    "why.s1.equal": {
        "en": "Equal scores: softmax gives 50% / 50%, the network cannot decide, and the loss is log 2 ≈ 0.693.",
        "zh": "两个分数相等：Softmax 给出 50% 和 50%，分类器拿不定主意，损失是 log 2 ≈ 0.693。",
    },
    "why.s1.no_linear": {
        "en": "With these scores dividing by the sum gives no probabilities (a negative score gives a negative share, a zero sum no answer at all); softmax works for any numbers.",
        "zh": "用这组分数，除以总和根本行不通（有负分数或总和为零）；Softmax 则对任何数都管用。",
    },
    "why.s1.formula.caption": {
        "en": "E: the squared error of the raw scores. L: the loss after softmax (the field calls it cross-entropy): 0 when the right option gets all the probability, larger the less it gets.",
        "zh": "E：直接拿分数算的平方误差。L：先用 Softmax 变成概率、再算的损失（业内叫“交叉熵”）：正确选项拿到全部概率时是 0，拿到的越少，损失越大。",
    },
    "why.c.err.title": {"en": "Which output is punished more?", "zh": "哪个输出被罚得更重？"},
    "why.c.err.squared": {"en": "squared error of raw scores", "zh": "直接拿分数算的平方误差"},
    "why.c.err.loss": {"en": "loss after softmax", "zh": "先变成概率再算的损失"},
    "why.c.err.right": {"en": "right ({leaf}, 1)", "zh": "答对 ({leaf}, 1)"},
    "why.c.err.yours": {"en": "yours ({leaf}, 1)", "zh": "你设的 ({leaf}, 1)"},
    "why.c.err.wrong": {"en": "wrong (0, 1)", "zh": "答错 (0, 1)"},
    "why.c.norm.title": {"en": "Two ways to make probabilities", "zh": "两种把分数变成概率的办法"},
    "why.c.norm.target": {"en": "target y", "zh": "目标 y"},
    "why.c.norm.linear": {"en": "divide by the sum z/Σz", "zh": "除以总和 z/Σz"},
    "why.c.norm.softmax": {"en": "softmax", "zh": "Softmax"},
    "why.deeper.target": {
        "en": "Why is the ideal 1, not 10 or 100?",
        "zh": "理想值为什么是 1，而不是 10 或 100？",
    },
    "why.s1.target": {
        "en": "First the article asks: what should the right answer’s ideal score be? 10? 100? If higher were always better, there would be no finish line: the model could always push the score a little higher, and the loss would never reach zero. So the ideal is fixed: 1 for the right option, 0 for every other one. That gives a clear finish line, and it is exactly the range of a probability.",
        "zh": "文章先问了一个问题：正确答案的理想分数应该是多少？10？100？如果分数越高越好，就永远没有终点：模型总能把分数再推高一点，损失永远降不到零。所以理想值被固定下来：正确的选项是 1，其他选项都是 0。这样终点线就清清楚楚，也正好是概率的范围。",
    },
    "why.deeper.curves": {
        "en": "Both losses as the leaf’s score changes",
        "zh": "叶子的分数变化时的两种损失",
    },
    "why.deeper.curves.sentence": {
        "en": "The squared error (the top half of the chart below) is smallest at a leaf score of 1 and grows again beyond it; the loss after softmax (its bottom half) keeps falling the more the leaf leads.",
        "zh": "平方误差（下面这张图的上半部分）在叶子的分数为 1 时最小，再往上反而变大；先变成概率再算的损失（图的下半部分）则是叶子越领先越小。",
    },
    "why.c.loss.title": {"en": "Both losses (flower’s score 1)", "zh": "两种损失（花的分数为 1）"},
    "why.c.loss.x": {"en": "the leaf’s score z₁", "zh": "叶子的分数 z₁"},
    "why.c.loss.squared": {"en": "squared error (raw scores)", "zh": "平方误差（直接拿分数比）"},
    "why.c.loss.cross": {"en": "loss −log p (after softmax)", "zh": "损失 −log p（先变成概率）"},
    "why.c.loss.you": {"en": "your scores", "zh": "你的分数"},
    # Predict, then reveal (issue 15): the question is the expander's label, the answer inside.
    "why.predict.raw_scores.q": {
        "en": "Guess first, then check with the chart below: target (1, 0). Which is further away by squared error: the right answer (5, 1) or the wrong answer (0, 1)?",
        "zh": "先猜一猜，再看下面的图核对：目标是 (1, 0)。按平方误差算，答对的 (5, 1) 和答错的 (0, 1)，哪个离得更远？",
    },
    "why.predict.raw_scores.a": {
        "en": "The right one: {right} against {wrong}. After softmax the loss −log p is {ce_right} for the right answer and {ce_wrong} for the wrong one, as it should be. (−log p, p being the right option’s probability, is 0 when p = 1 and grows as p shrinks: 0.693 at p = 0.5, 2.3 at p = 0.1.)",
        "zh": "答对的那个：{right}，答错的是 {wrong}。先用 Softmax 变成概率，损失 −log p 就是答对 {ce_right}、答错 {ce_wrong}，这才对。（p 是正确选项的概率；−log p 在 p = 1 时是 0，p 越小它越大：p = 0.5 时是 0.693，p = 0.1 时是 2.3。）",
    },
    "why.predict.gradient.q": {
        "en": "Guess first: p(leaf) starts at {p0}. After one step with η = 1, about what will it be?",
        "zh": "先猜一猜：一开始 p(叶子) 是 {p0}。学习率 η = 1，走一步以后大约是多少？",
    },
    "why.predict.gradient.a": {
        "en": "{p1} (the scores move from (1, 3) to ({z1})); after a second step {p2}. The loss falls from {l0} to {l1}, then {l2}.",
        "zh": "{p1}（分数从 (1, 3) 变成 ({z1})）；再走一步是 {p2}。损失从 {l0} 降到 {l1}，再到 {l2}。",
    },
    # ------------------------------------------------------------------ section 2
    "why.s2.explain": {
        "en": "Training moves every score a little at each step. With softmax and the loss −log p, which way and how far come straight from the probability minus the target: that difference, p − y, is the gradient, and each step takes η × (p − y) away from the scores.",
        "zh": "训练时，模型每一步都把每个分数挪一点点。先用 Softmax 把分数变成概率、再用 −log p 算损失时，往哪边挪、挪多少，直接由“概率减去目标”决定：这个差 p − y 就是梯度，每一步从分数里减去 η × (p − y)。",
    },
    "why.s2.start": {
        "en": "It starts from a wrong answer: the leaf scored {leaf} and the flower {flower}, so p(leaf) is only {p}. Press Step and watch it learn.",
        "zh": "从一个答错的输出出发：叶子得 {leaf} 分，花得 {flower} 分，所以 p(叶子) 只有 {p}。按“走一步”，看它怎么学会。",
    },
    "why.s2.formula.caption": {
        "en": "∂L/∂zᵢ, the gradient of the loss L for the score zᵢ, says how L answers a small move of zᵢ: move zᵢ up by a tiny amount, say 0.01, and L changes by about (pᵢ − yᵢ) × 0.01. η (eta) is the learning rate: how far one step goes. The leaf’s score rises by η × (1 − p(leaf)), the flower’s falls by η × p(flower), so each step is smaller as the answer gets closer to right.",
        "zh": "∂L/∂zᵢ 是损失 L 对分数 zᵢ 的梯度，说的是 zᵢ 动一点点时 L 怎么跟着变：把 zᵢ 调高一点点，比如 0.01，L 大约变化 (pᵢ − yᵢ) × 0.01。η 是学习率：每一步走多远。叶子的分数增加 η × (1 − p(叶子))，花的分数减少 η × p(花)；答案越接近正确，每一步挪得越少。",
    },
    "why.s2.exp": {
        "en": "Why the exponential makes this simple: the rate of change (derivative) of $e^z$ is $e^z$ itself, so differentiating softmax gives back p, and the log in the loss cancels the rest, leaving p − y.",
        "zh": "为什么指数函数让这件事变简单：$e^z$ 的变化率（导数）就是它自己，所以求 Softmax 的变化率时，结果里又出现 p 本身；损失里的 log 再把其余部分抵消掉，只剩下 p − y。",
    },
    "why.deeper.exp": {"en": "Why is the gradient so simple?", "zh": "梯度为什么这么简单？"},
    "why.s2.lr": {"en": "Learning rate η", "zh": "学习率 η"},
    "why.s2.lr.help": {
        "en": "How far one step moves the scores: new score = old score − η × (p − y).",
        "zh": "每一步把分数挪多远：新分数 = 旧分数 − η × (p − y)。",
    },
    "why.s2.step": {"en": "Step", "zh": "走一步"},
    "why.s2.step5": {"en": "5 steps", "zh": "走 5 步"},
    "why.s2.reset": {"en": "Reset", "zh": "重来"},
    "why.s2.lr_zero": {
        "en": "A learning rate of 0 never moves the scores, so Step is switched off. Pick a value above 0.",
        "zh": "学习率为 0 时分数永远不会动，所以“走一步”按钮已停用。请选一个大于 0 的值。",
    },
    "why.s2.lr_big": {
        "en": "A large learning rate: each step is a big jump. With two options the loss still falls, but in a real network steps this big overshoot and training becomes unstable.",
        "zh": "学习率很大：每一步都是一大跳。只有两个选项时损失仍然会下降，但在真正的神经网络里，这么大的步子会冲过头，训练变得不稳定。",
    },
    "why.s2.bad_lr": {
        "en": "That learning rate cannot be used: it must be a number above 0 and at most 100.",
        "zh": "这个学习率用不了：它必须大于 0，且不超过 100。",
    },
    "why.s2.full": {
        "en": "{max} steps taken, which is the limit. Press Reset to start again.",
        "zh": "已经走了 {max} 步，到上限了。按“重来”重新开始。",
    },
    "why.s2.learned": {
        "en": "Now it is right: p(leaf) is above one half, so the classifier picks the leaf. At the same η each further step adds less (p − y shrinks as p nears 1), and the loss approaches 0 without ever reaching it.",
        "zh": "答对了：p(叶子) 已经超过一半，分类器选的是叶子。学习率 η 不变的话，之后每一步加得越来越少（p 越接近 1，p − y 越小），损失越来越接近 0，但永远不会正好到 0。",
    },
    "why.m.steps": {"en": "Steps taken", "zh": "已走步数"},
    "why.s2.scores_now": {
        "en": "Scores now (leaf, flower): ({leaf}, {flower})",
        "zh": "现在的分数（叶子，花）：({leaf}, {flower})",
    },
    "why.m.gd_p": {"en": "p(leaf) now", "zh": "当前 p(叶子)"},
    "why.m.gd_loss": {"en": "Loss now", "zh": "当前损失"},
    "why.m.gd_loss.delta": {"en": "since the last step", "zh": "比上一步"},
    "why.c.grad.title": {
        "en": "Probability p, target y and gradient p − y",
        "zh": "概率 p、目标 y 与梯度 p − y",
    },
    "why.c.grad.p": {"en": "probability p", "zh": "概率 p"},
    "why.c.grad.y": {"en": "target y", "zh": "目标 y"},
    "why.c.grad.grad": {"en": "gradient p − y", "zh": "梯度 p − y"},
    "why.c.hist.title": {"en": "Loss −log p(leaf) after each step", "zh": "每一步之后的损失 −log p(叶子)"},
    "why.c.hist.x": {"en": "step", "zh": "步数"},
    "why.c.hist.loss": {"en": "loss", "zh": "损失"},
}
