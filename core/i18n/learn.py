"""Texts of the page: Watch it learn: a tiny neural network trained live with softmax and its loss."""

TEXTS: dict[str, dict[str, str]] = {
    "learn.intro": {
        "en": "A tiny neural network starts from random weights and learns English nursery rhymes (Humpty Dumpty among them) right here, in your session: softmax turns its scores into probabilities, and it learns from the loss −log p (cross-entropy). Press “Start training” and watch the loss fall and its writing turn from noise into letters, then into strings that look like words, with real words here and there.",
        "zh": "一个很小的神经网络从随机的权重（网络里要学的那些数）开始，就在这个页面上现场学习英文童谣（Humpty Dumpty 就是其中一首）：Softmax 把它的分数变成概率，它再从损失 −log p（业内叫“交叉熵”）中学习。按“开始训练”，看损失一路下降，写出的文字从乱码变成字母，再变成像单词的字母串，中间夹着一些真的单词。",
    },
    "learn.start": {"en": "Start training", "zh": "开始训练"},
    "learn.continue": {"en": "Continue", "zh": "继续训练"},
    "learn.stop": {"en": "Stop", "zh": "停止"},
    "learn.toggle.help": {
        "en": "Stopped: the network keeps what it has learned, and Continue goes on from there.",
        "zh": "已停止：网络学到的东西都留着，按“继续训练”就接着往下学。",
    },
    "learn.restart": {"en": "Start over", "zh": "从头再来"},
    "learn.restart.help": {
        "en": "Back to the random weights of step 0 (always the same seed), stopped.",
        "zh": "回到第 0 步的随机权重（每次都是同一个种子），并停下来。",
    },
    "learn.progress": {
        "en": "Step {step} of {total} · loss on rhymes it never trained on: {bits:.2f} bits per character",
        "zh": "第 {step} 步 / 共 {total} 步 · 没学过的童谣上的损失：每个字符 {bits:.2f} 比特",
    },
    "learn.progress.done": {
        "en": "Finished: all {total} steps · loss on rhymes it never trained on: {bits:.2f} bits per character",
        "zh": "训练完成：{total} 步全部走完 · 没学过的童谣上的损失：每个字符 {bits:.2f} 比特",
    },
    "learn.loss.title": {"en": "The loss while it learns", "zh": "学习过程中的损失"},
    "learn.loss.x": {"en": "training step", "zh": "训练步数"},
    "learn.loss.y": {"en": "bits per character", "zh": "每字符比特数"},
    "learn.loss.train": {"en": "training (solid)", "zh": "训练（实线）"},
    "learn.loss.heldout": {"en": "rhymes it never trained on (dashed)", "zh": "没学过的童谣（虚线）"},
    "learn.loss.uniform": {"en": "guessing evenly: {bits:.2f}", "zh": "瞎猜（每个字符机会一样）：{bits:.2f}"},
    "learn.loss.reference": {
        "en": "count model (Kneser–Ney, 6 characters): {bits:.2f}",
        "zh": "计数模型（Kneser–Ney，看 6 个字符）：{bits:.2f}",
    },
    "learn.heldout.explain": {
        "en": "Rhymes it never trained on: every 10th rhyme is kept out of training, so the dashed curve shows how well the network predicts rhymes it has never seen. The dash-dot line is the count model of the other pages (it counts what follows each 6 characters in the training rhymes) on the same held-out rhymes; this small network, trained for under a minute, ends with its dashed curve above it.",
        "zh": "没学过的童谣：每 10 首童谣里留出 1 首，不拿来训练，所以虚线表示网络对从没见过的童谣猜得有多准。点划线是其他页面用的计数模型（数一数训练童谣里每 6 个字符后面跟着什么）在同样这些童谣上的成绩；这个小网络只训练不到一分钟，最后它的虚线仍比点划线高一些。",
    },
    "learn.bits.explain": {
        "en": "Bits per character: the loss −log₂ p of the right next character, averaged; one bit less means twice the probability for the right character, and guessing evenly among {v} characters scores {bits:.2f}. (The log here is base 2, log₂: the power of 2 that gives p. The page “Why probabilities?” uses the power of e instead: another unit, so the same p gives a smaller number there, and 1 bit here is log 2 ≈ 0.693 there.)",
        "zh": "每字符比特数：对每个位置算正确字符的损失 −log₂ p，再取平均。少 1 比特，就是正确字符的概率翻了一倍；在 {v} 个字符里瞎猜（每个机会一样）是 {bits:.2f}。（这里的 log 以 2 为底，写作 log₂：2 的多少次方等于 p。“为什么要变成概率？”那一页用的是 e 的多少次方，单位不同，所以同一个 p 算出的损失在那一页更小：这里的 1 比特，在那一页是 log 2 ≈ 0.693。）",
    },
    "learn.samples.title": {"en": "What it writes", "zh": "它写出来的文字"},
    "learn.samples.caption": {
        "en": "At each checkpoint (steps {steps}) and when you press Stop, the network continues “{prompt}” "
        "for {n} characters, drawn from its softmax with the same random numbers every time: only the network "
        "changes.",
        "zh": "每到一个检查点（第 {steps} 步），以及你按“停止”的时候，网络都接着“{prompt}”写 {n} 个字符，"
        "按它的 Softmax 概率抽取，每次用的随机数都一样：变的只有网络。",
    },
    # The checkpoints' steps in a sentence: not ", " in English, where "1,000, 2,000" reads as four numbers
    "learn.samples.sep": {"en": " · ", "zh": "、"},
    "learn.sample.label": {"en": "Step {step}", "zh": "第 {step} 步"},
    "learn.sample.latest": {"en": "Its newest writing (step {step})", "zh": "最新写出的文字（第 {step} 步）"},
    "learn.example.title": {"en": "One example inside the network", "zh": "网络里的一个例子"},
    "learn.example.caption": {
        "en": "A training example from the rhymes: after “{prompt}” comes “{target}”. The bars are the "
        "output layer’s p, y and p − y for it, with the network’s weights at this step.",
        "zh": "童谣里的一个训练例子：“{prompt}”后面是“{target}”。柱子是网络用这一步的权重，在输出层为它算出的"
        " p、y 和 p − y。",
    },
    "learn.example.numbers": {
        "en": "At this step: “{target}” gets p = {p}, so p − y = {p} − 1 = {grad}, and its score goes up; “{other}”, "
        "the likeliest wrong character, gets p = {q}, so p − y = {q} − 0 = {q}, and its score goes down.",
        "zh": "这一步：“{target}”的 p = {p}，所以 p − y = {p} − 1 = {grad}，它的分数往上升；最有可能的错字符"
        "“{other}”的 p = {q}，所以 p − y = {q} − 0 = {q}，它的分数往下降。",
    },
    "learn.example.lesson": {
        "en": "The gradient of the loss with respect to the scores is p − y, so each step pushes the right "
        "character’s score up, by the probability it was still missing (1 − p), and every other character’s "
        "score down, by the probability it had.",
        "zh": "损失对分数的梯度就是 p − y：所以每走一步，正确字符的分数往上升，升多少看它还差多少概率（1 − p）；"
        "其他每个字符的分数往下降，降多少看它分到了多少概率。",
    },
    "learn.out.title": {"en": "p, y and p − y at step {step}", "zh": "第 {step} 步的 p、y 和 p − y"},
    "learn.out.p": {"en": "p: softmax output (probability)", "zh": "p：Softmax 的输出（概率）"},
    "learn.out.y": {"en": "y: target (1 for “{target}”)", "zh": "y：目标（“{target}”是 1）"},
    "learn.out.grad": {"en": "p − y: gradient of the loss", "zh": "p − y：损失的梯度"},
    "learn.network.title": {"en": "What is inside the network?", "zh": "网络里面是什么？"},
    "learn.network.body": {
        "en": "The last {context} characters → {embed} numbers for each → {hidden} hidden units (each multiplies "
        "all those numbers by weights of its own, adds them up with one more number of its own and squashes the "
        "sum to between −1 and 1 with tanh) → "
        "one score for each of the {v} characters → softmax. Every step it looks at {batch} examples and "
        "nudges all its weights against the gradient; a training run stops after {total} steps.",
        "zh": "最后 {context} 个字符 → 每个字符变成 {embed} 个数 → {hidden} 个隐藏单元（每个单元把这些数各乘上自己的权重、"
        "加起来，再加上自己的一个数，用 tanh 压到 −1 到 1 之间）→ 给 {v} 个字符"
        "各打一个分数 → Softmax。每一步它看 {batch} 个例子，把所有权重都沿梯度的反方向挪一点；"
        "一次训练最多 {total} 步。",
    },
}
