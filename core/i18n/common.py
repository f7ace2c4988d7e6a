"""Texts shared by every page: the app frame, navigation, the home page, shared widgets."""

TEXTS: dict[str, dict[str, str]] = {
    "app.language": {"en": "Language / 语言", "zh": "语言 / Language"},
    "nav.home": {"en": "Home", "zh": "首页"},
    "nav.playground": {"en": "Softmax playground", "zh": "Softmax 游乐场"},
    "nav.generator": {"en": "Humpty Dumpty generator", "zh": "Humpty Dumpty 生成器"},
    "nav.compare": {"en": "Greedy vs sampling", "zh": "贪心 vs 采样"},
    "nav.why": {"en": "Why softmax?", "zh": "为什么要 softmax？"},
    "nav.formula": {"en": "How softmax works", "zh": "softmax 怎么算"},
    "nav.attention": {"en": "Softmax in attention", "zh": "注意力里的 softmax"},
    "nav.learn": {"en": "Watch it learn", "zh": "看它学会"},
    "home.title": {"en": "Softmax Explorer", "zh": "Softmax 探索器"},
    "home.intro": {
        "en": (
            "A neural network ends with one raw score per option: any real number, with no fixed "
            "scale. Softmax turns those scores into probabilities: every one between 0 and 1, all "
            "adding up to 1, and the largest score still the most likely. That is what lets a model "
            "be trained against a right answer, and what a language model samples its next word "
            "from. Each page below lets you try one part of this with your own numbers."
        ),
        "zh": (
            "神经网络最后给每个选项输出一个原始分数：可以是任何实数，没有固定的尺度。Softmax "
            "把这些分数变成概率：每个都在 0 和 1 之间，加起来正好是 1，而且分数最高的仍然最可能。"
            "正因为如此，模型才能和正确答案比较来训练，语言模型也才能从中抽出下一个字。"
            "下面每一页都让你用自己的数字试一试其中的一部分。"
        ),
    },
    "home.open": {"en": "Open", "zh": "打开"},
    "home.article": {"en": "Follows the article's § {sections}", "zh": "对应文章第 {sections} 节"},
    "home.card.playground": {
        "en": "Type your own scores, move the temperature, and watch every step of the formula.",
        "zh": "输入你自己的分数，拖动温度，看公式的每一步。",
    },
    "home.card.generator": {
        "en": "A tiny model writes nursery rhymes one character at a time; see each draw.",
        "zh": "一个小模型一个字符一个字符地写童谣；看清每一次抽样。",
    },
    "home.card.compare": {
        "en": "Greedy decoding gets stuck in loops; sampling explores. Thousands of runs, measured.",
        "zh": "贪心解码会陷入循环，采样会探索。成千上万次运行，用数字说话。",
    },
    "home.card.why": {
        "en": "Why raw scores fail as a training target, the gradient p − y, and softmax in attention.",
        "zh": "为什么原始分数不能直接当训练目标、梯度 p − y，以及注意力里的 softmax。",
    },
    "home.card.formula": {
        "en": "The article's worked example, (2, 1, 0.1), step by step: exponentials, their sum, the division.",
        "zh": "文章里的例子 (2, 1, 0.1)，一步一步算：取指数、求和、相除。",
    },
    "home.card.attention": {
        "en": "Softmax's other job: deciding how much each word looks at every other word.",
        "zh": "softmax 的另一份工作：决定每个词该多看其他哪个词。",
    },
    "home.card.learn": {
        "en": "Train a tiny neural network on the rhymes and watch softmax and its loss teach it to write.",
        "zh": "在童谣上训练一个很小的神经网络，看 softmax 和它的损失怎样教会它写字。",
    },
    "widget.temperature": {"en": "Temperature T (0 = greedy)", "zh": "温度 T（0 = 贪心）"},
    "widget.temperature.help": {
        "en": (
            "Divides every score by T before softmax. T < 1 sharpens the distribution, T > 1 "
            "flattens it; T = 0 means greedy: always the top score. The scale is logarithmic."
        ),
        "zh": (
            "在 softmax 之前把每个分数除以 T。T < 1 让分布更尖锐，T > 1 让它更平坦；"
            "T = 0 即贪心：永远选分数最高的。刻度是对数的。"
        ),
    },
    "share.button": {"en": "Copy link", "zh": "复制链接"},
    "share.help": {
        "en": "This link opens the page exactly as you see it now. Copy it with the button on the right.",
        "zh": "这个链接会原样打开你现在看到的页面。用右边的按钮复制。",
    },
    "share.too_long": {
        "en": (
            "The link would be {length} characters long, more than the {limit} that chat and mail apps "
            "pass on reliably. Shorten the longest input to share this view."
        ),
        "zh": "这个链接会有 {length} 个字符，超过了聊天和邮件软件能可靠传递的 {limit} 个。把最长的输入缩短一些再分享。",
    },
    "url.ignored": {
        "en": "Part of this link could not be used and was ignored; those settings start from their defaults.",
        "zh": "链接里有一部分无法使用，已被忽略；这些设置从默认值开始。",
    },
    "url.bad_view": {
        "en": "The link named a section this page does not have, so the first one is open.",
        "zh": "链接里指定的栏目本页没有，所以打开的是第一个。",
    },
    "url.bad_lang": {
        "en": "The link asked for a language this app does not have, so it is shown in English.",
        "zh": "链接里指定的语言本应用没有，所以用中文显示。",
    },
    "url.value_ignored": {
        "en": "The link's value for {param} was ignored: {reason}. It starts from its default.",
        "zh": "链接里 {param} 的值已被忽略：{reason}。它从默认值开始。",
    },
    "url.reason.not_number": {"en": "it is not a number", "zh": "它不是一个数"},
    "url.reason.not_finite": {"en": "it is not a finite number", "zh": "它不是一个有限的数"},
    "url.reason.not_whole": {"en": "it must be a whole number", "zh": "这里只能是整数"},
    "url.reason.out_of_range": {
        "en": "it must lie between {low} and {high}",
        "zh": "它必须在 {low} 到 {high} 之间",
    },
    "url.reason.unusable": {"en": "this page cannot use it", "zh": "本页无法使用它"},
    "url.reason.not_option": {"en": "it is not one of the choices", "zh": "它不是可选的选项之一"},
    "table.rows_capped": {
        "en": (
            "This table holds at most {limit} rows, so the {dropped} rows added beyond that were left "
            "out. Delete rows to make room for new ones."
        ),
        "zh": "这个表格最多容纳 {limit} 行，超出的 {dropped} 行没有被采用。删除一些行，才能加入新的行。",
    },
    "jobs.queued": {
        "en": "The server is busy with other visitors' runs: yours is number {position} in the queue and starts by itself.",
        "zh": "服务器正在为其他访客运行：你排在第 {position} 位，轮到你时会自动开始。",
    },
    "jobs.own_running": {
        "en": "You already have a run going; it must finish or be stopped before another starts.",
        "zh": "你已经有一个运行在进行中；它结束或被停止后才能开始新的运行。",
    },
    # ------------------------------------------------------------ the shared model panel (ui/model_settings.py)
    "model.choice": {"en": "Model", "zh": "模型"},
    "model.choice.help": {
        "en": "Kneser–Ney and add-k count which character followed each context in the rhymes; they differ in how they give a chance to what was never seen. The neural network learned its scores by training.",
        "zh": "Kneser–Ney 和加 k 平滑都在童谣里数每个上下文后面跟着哪个字符，区别在于怎样给从没见过的字符留机会。神经网络的得分是训练学来的。",
    },
    "model.choice.kneser_ney": {"en": "Kneser–Ney (default)", "zh": "Kneser–Ney（默认）"},
    "model.choice.add_k": {"en": "add-k (the naive one)", "zh": "加 k 平滑（朴素的做法）"},
    "model.choice.mlp": {"en": "neural network", "zh": "神经网络"},
    "model.neural.caption": {
        "en": "The neural network always reads the last {ctx} characters, and needs no smoothing: its softmax gives every character some probability.",
        "zh": "神经网络总是读最后 {ctx} 个字符，也不需要平滑：它的 softmax 给每个字符都留了一些概率。",
    },
    "model.smoothing_snapped": {
        "en": "The link asked for smoothing k = {asked}, which is not one of the values offered; the nearest, {used}, is used.",
        "zh": "链接里的平滑系数 k = {asked} 不在可选的数值之中；改用最接近的 {used}。",
    },
    # ------------------------------------------------------------ the Monte Carlo's limits (app_pages/compare/jobs.py)
    "mcjob.limit": {
        "en": "Limit: samples × length at most {budget} per strategy, so that the largest run takes a few seconds and the server stays quick for everyone; at most two runs go at once, others wait their turn.",
        "zh": "上限：每种策略的样本数 × 长度最多 {budget}，这样最大的一次运行也只需几秒，服务器对所有人都保持流畅；同时最多进行两次运行，其余的排队等候。",
    },
    "mcjob.too_large": {
        "en": "{n} samples × {length} characters = {total} characters per strategy, more than the {budget} allowed. Lower the number of samples to at most {max_n}, or shorten the texts.",
        "zh": "{n} 个样本 × {length} 个字符 = 每种策略 {total} 个字符，超过了允许的 {budget}。请把样本数降到 {max_n} 以下，或缩短文本。",
    },
}
