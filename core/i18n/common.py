"""Texts shared by every page: the app frame, navigation, the home page, shared widgets."""

TEXTS: dict[str, dict[str, str]] = {
    "list.sep": {"en": ", ", "zh": "、"},  # between the items of a list written in a sentence
    "app.language": {"en": "Language / 语言", "zh": "语言 / Language"},
    # A chart's name for a screen reader (ui.charts.show_chart): its title, then the values over its bars.
    "chart.alt": {"en": "{title}: {values}.", "zh": "{title}：{values}。"},
    "chart.alt.sep": {"en": ", ", "zh": "，"},
    "chart.alt.marked": {"en": "{title} {values}.", "zh": "{title}{values}。"},  # a title ending in ? or :
    "chart.alt.series": {"en": "{name}: {values}", "zh": "{name}：{values}"},
    "chart.alt.series_sep": {"en": "; ", "zh": "；"},
    "chart.alt.more": {"en": "and {n} more", "zh": "另有 {n} 项"},
    # a space and a line break said in words (their marks ␣ and ↵ are read "open box", "downwards arrow")
    "said.space": {"en": "a space", "zh": "空格"},
    "said.newline": {"en": "a new line", "zh": "换行"},
    "nav.home": {"en": "Home", "zh": "首页"},
    "nav.playground": {"en": "Temperature", "zh": "温度"},
    "nav.generator": {"en": "Writing “Humpty Du…”", "zh": "写“Humpty Du…”"},
    "nav.compare": {"en": "Top choice vs sampling", "zh": "直接选最高 vs 根据概率探索"},
    "nav.why": {"en": "Why probabilities?", "zh": "为什么要变成概率？"},
    "nav.formula": {"en": "How softmax works", "zh": "Softmax 怎么算"},
    "nav.attention": {"en": "Softmax’s other job: attention", "zh": "Softmax 的另一份工作：注意力"},
    "nav.learn": {"en": "Watch it learn", "zh": "看它学习"},
    "nav.next": {"en": "Next: **{number}. {title}**", "zh": "下一步：**{number}. {title}**"},
    "nav.end": {"en": "That was the last step: back to the start", "zh": "这是最后一步：回到首页"},
    "home.title": {"en": "Softmax Explorer", "zh": "Softmax 探索器"},
    "home.intro": {
        "en": "A model gives every option a score; softmax turns the scores into probabilities, each between 0 and 1, adding up to 1. Move the temperature (the lower it is, the more probability goes to the top score) to see it on the article’s own example, then follow the steps below.",
        "zh": "模型给每个选项打一个分数；Softmax 把这些分数变成概率：每个都在 0 和 1 之间，加起来正好是 1。先拖动温度滑块（温度越低，最高分分到的概率越多），用文章里的例子看看效果，再按下面的顺序一步步往下看。",
    },
    "home.article": {"en": "Follows the article’s § {sections}", "zh": "对应文章第 {sections} 节"},
    "home.article.join": {"en": "–", "zh": "、"},
    "home.step.tag": {"en": "§ {sections}", "zh": "第 {sections} 节"},
    "home.mini.title": {
        "en": "Scores {scores} as probabilities",
        "zh": "{scores} 变成概率",
    },
    "home.mini.current": {"en": "at this temperature", "zh": "当前温度"},
    "home.mini.reference": {"en": "T = 1", "zh": "T = 1 时"},
    "home.mini.caption": {
        "en": "Options A, B and C with the scores of the article’s worked example. The dashed outlines are T = 1; lower T gathers the probability on A, higher T spreads it out.",
        "zh": "选项 A、B、C 的分数取自文章里算过的那个例子。虚线框是 T = 1 时的概率；温度越低，概率越集中到 A 上；温度越高，概率分得越平均。",
    },
    "home.path.title": {"en": "The path through the article", "zh": "沿着文章走一遍"},
    "home.path.note": {
        "en": "Temperature (§ 05) comes before § 04’s experiments, because they use it.",
        "zh": "温度（第 05 节）排在第 04 节的实验前面，因为这些实验要用到它。",
    },
    "home.card.why": {
        "en": "Why a model’s scores must become probabilities before it can learn from the right answer.",
        "zh": "为什么模型的分数要先变成概率，才能和正确答案比较、从错误中学习。",
    },
    "home.card.formula": {
        "en": "The article’s worked example, 2, 1, 0.1, step by step: eᶻ, their sum, each divided by the sum.",
        "zh": "文章里的例子 2、1、0.1，一步一步算：先算 eᶻ，再求和，最后每一项除以总和。",
    },
    "home.card.playground": {
        "en": "Temperature: one number that makes the choice surer or more varied; try your own scores.",
        "zh": "温度：一个数就能让选择更有把握或更多样；用你自己的分数试试。",
    },
    "home.card.generator": {
        "en": "The article’s experiment: after “Humpty Du”, always take the top, or draw by the probabilities?",
        "zh": "文章里的实验：写到“Humpty Du”之后，是直接选最高，还是按概率抽？",
    },
    "home.card.compare": {
        "en": "Always taking the top score goes round in circles; exploring by the probabilities writes something new.",
        "zh": "总是直接选择得分最高的，容易原地打转；根据概率探索，就会写出新花样。",
    },
    "home.card.attention": {
        "en": "Softmax’s other job: deciding how much each word looks at every other word.",
        "zh": "Softmax 的另一份工作：决定每个词把多少注意力分给句子里的其他每个词。",
    },
    "home.card.learn": {
        "en": "Train a tiny network on nursery rhymes and watch softmax and its loss teach it to write.",
        "zh": "在童谣上训练一个很小的神经网络，看 Softmax 和损失怎样一步步教会它写出文字。",
    },
    "home.glossary.title": {"en": "Words in this app", "zh": "本应用里的词"},
    "home.glossary.intro": {
        "en": "The article uses everyday words; the field has its own names for the same things. Both appear in the app.",
        "zh": "文章用的是日常的说法，业内对同样的东西另有叫法。本应用两种都会用到。",
    },
    "home.glossary.option": {
        "en": "**option / candidate** → *token*: one thing the model can choose next (a word, part of a word, or here a character).",
        "zh": "**选项 / 候选词** → 词元（token）：模型下一步可以选的一个东西，可以是一个词、词的一部分，在本应用里是一个字符。",
    },
    "home.glossary.score": {
        "en": "**score** → *logit*: the raw number the model gives each option before softmax; any number, with no limit.",
        "zh": "**得分 / 分数** → logit：Softmax 之前，模型给每个选项打的原始分数，可以是任何数，没有上下限。",
    },
    "home.glossary.greedy": {
        "en": "**always take the top** → *greedy decoding*: pick the highest-scoring option every time; same input, same output.",
        "zh": "**直接选择得分最高的** → 贪心解码（greedy）：每一步都选得分最高的；输入一样，输出就一样。",
    },
    "home.glossary.sampling": {
        "en": "**explore by the probabilities** → *sampling*: draw the next option at random, each with its probability, so the same start can go different ways.",
        "zh": "**根据概率探索** → 采样（sampling）：按每个选项的概率随机抽下一个，所以同样的开头可以写出不同的结果。",
    },
    "home.glossary.loss": {
        "en": "**the loss after softmax** → *cross-entropy*: −log of the probability given to the right answer; near 0 when the model is right and sure, large when it is wrong.",
        "zh": "**先变成概率再算的损失** → 交叉熵（cross-entropy）：取正确答案分到的概率 p，算 −log p（e ≈ 2.718；log p 问的是“e 的几次方等于 p”）。p 越接近 1，它越接近 0；p 越小，它越大。所以模型答对又有把握时接近 0，答错时很大。",
    },
    "home.glossary.temperature": {
        "en": "**temperature** (T): divides every score before softmax; low T makes the choice surer, high T makes it more varied.",
        "zh": "**温度**（T）：在 Softmax 之前把每个分数都除以它；温度低，选择更有把握；温度高，选择更多样。",
    },
    "home.glossary.entropy": {
        "en": "**how unsure** → *entropy*: 0 when one option is certain, largest when all are equally likely; measured in bits (1 bit = one coin toss).",
        "zh": "**拿不准的程度** → 熵：只有一个可能时是 0，所有选项一样可能时最大；单位是比特（1 比特就像猜一次抛硬币）。",
    },
    "widget.temperature": {
        "en": "Temperature T (0 = always the top choice)",
        "zh": "温度 T（0 = 直接选最高的）",
    },
    "widget.temperature.help": {
        "en": (
            "Every score is divided by T before softmax. T below 1 gathers the probability on the top score; "
            "T above 1 spreads it out. T = 0 means always taking the top score. "
            "Each step of the slider multiplies T by the same factor (a log scale), so small temperatures "
            "get as much room as large ones."
        ),
        "zh": (
            "先把每个分数除以 T，再做 Softmax。T 小于 1，概率更集中到最高分上；T 大于 1，概率分得更平均（更平缓）。"
            "T = 0 表示直接选择得分最高的。滑块每走一格，T 都乘上同一个倍数（这叫对数刻度），"
            "所以 0.1 到 1 和 1 到 10 一样长，很小的温度也有足够的位置。"
        ),
    },
    "share.button": {"en": "Copy link", "zh": "复制链接"},
    "share.help": {
        "en": "This link opens the page exactly as you see it now. Move the mouse over the link (on a phone, tap it) and a copy button appears in the box’s top-right corner.",
        "zh": "这个链接会原样打开你现在看到的页面。把鼠标移到链接上（手机上点一下），框的右上角会出现复制按钮。",
    },
    "share.in_use": {
        "en": "{name}: the link gives {used}, the number the page is using, not “{typed}”.",
        "zh": "{name}：链接里是页面正在使用的 {used}，而不是“{typed}”。",
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
    "table.swipe": {
        "en": "Swipe the table sideways to see all its columns →",
        "zh": "左右滑动表格，可以看到所有列 →",
    },
    # The setting is named as the page names it (its label), not by the link's parameter name.
    "url.value_ignored": {
        "en": "The link’s value for “{label}” was ignored: {reason}. It starts from its default.",
        "zh": "链接里给“{label}”的值没有用上：{reason}。已改用默认值。",
    },
    "url.value_ignored.below": {
        "en": "The link’s value for the setting below was ignored: {reason}. It starts from its default.",
        "zh": "链接里给下面这项设置的值没有用上：{reason}。已改用默认值。",
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
    "url.reason.not_value": {
        "en": "it must be one of the slider’s values, from {low} to {high}",
        "zh": "它必须是滑块上的一个值，在 {low} 到 {high} 之间",
    },
    "url.reason.empty": {"en": "it is empty", "zh": "它是空的"},
    "url.reason.too_long": {"en": "it is too long for a number", "zh": "它太长，不像一个数"},
    # Streamlit's hint under a text box being typed in; shown in place of its English by ui.page_style
    "input.press_enter": {"en": "Press Enter to apply", "zh": "按回车键确认"},
    # ------------------------------------------------------------------ typed numbers (core.user_input)
    "input.where.row": {"en": "Row {row}", "zh": "第 {row} 行"},
    "input.where.entry": {"en": "{field}, entry {position}", "zh": "{field}第 {position} 项"},
    "input.where.cell": {"en": "{field}, row {row}", "zh": "{field}第 {row} 行"},
    "input.empty": {"en": "{where}: the number is missing.", "zh": "{where}：还没有填数字。"},
    "input.not_number": {
        "en": "{where}: “{value}” is not a number. Write numbers like 12, -0.5 or 1e3, with a point for decimals.",
        "zh": "{where}：“{value}”不是数字。请写成 12、-0.5 或 1e3 这样的数，小数用点号。",
    },
    "input.not_number.range": {
        "en": "{where}: “{value}” is not a number. Write a number from {low} to {high}, with a point for decimals.",
        "zh": "{where}：“{value}”不是数字。请写一个 {low} 到 {high} 之间的数，小数用点号。",
    },
    "input.not_number.open": {
        "en": "{where}: “{value}” is not a number. Write a number greater than {low} and at most {high}, with a point for decimals.",
        "zh": "{where}：“{value}”不是数字。请写一个大于 {low}、不超过 {high} 的数，小数用点号。",
    },
    "input.not_number.whole": {
        "en": "{where}: “{value}” is not a number. Write a whole number from {low} to {high}.",
        "zh": "{where}：“{value}”不是数字。请写一个 {low} 到 {high} 之间的整数。",
    },
    "input.not_finite": {
        "en": "{where}: “{value}” is not a finite number; NaN and infinity cannot be used here.",
        "zh": "{where}：“{value}”不是有限的数；这里不能用 NaN（“不是一个数”）或无穷大。",
    },
    "input.out_of_range": {
        "en": "{where}: “{value}” is outside the allowed range, {low} to {high}.",
        "zh": "{where}：“{value}”超出了允许的范围（{low} 到 {high}）。",
    },
    "input.out_of_range.open": {
        "en": "{where}: “{value}” is outside the allowed range: greater than {low}, at most {high}.",
        "zh": "{where}：“{value}”超出了允许的范围（大于 {low}，不超过 {high}）。",
    },
    "input.not_whole": {
        "en": "{where}: “{value}” is not a whole number; type one without a fraction, e.g. 3.",
        "zh": "{where}：“{value}”不是整数；请输入不带小数的数，例如 3。",
    },
    "input.kept": {
        "en": "Until it is fixed, the page keeps using {used}.",
        "zh": "改好之前，页面仍使用 {used}。",
    },
    "input.too_long": {
        "en": "{where}: the text is too long for a number (at most {max} characters).",
        "zh": "{where}：这段文字太长，不像一个数（最多 {max} 个字符）。",
    },
    "table.rows_capped": {
        "en": (
            "This table holds at most {limit} rows, so the {dropped} rows added beyond that were left "
            "out. Delete rows to make room for new ones."
        ),
        "zh": "这个表格最多容纳 {limit} 行，超出的 {dropped} 行没有被采用。删除一些行，才能加入新的行。",
    },
    "jobs.queued": {
        "en": "The server is busy with other visitors’ runs: yours is number {position} in the queue and starts by itself.",
        "zh": "服务器正在处理其他访客的运行：你排在第 {position} 位，轮到你时会自动开始。",
    },
    "jobs.own_running": {
        "en": "You already have a run going; it must finish or be stopped before another starts.",
        "zh": "你已经有一次运行正在进行；要等它结束或被停止，才能开始新的一次。",
    },
    # ------------------------------------------------------------ the shared model panel (ui/model_settings.py)
    "model.choice": {"en": "Model", "zh": "模型"},
    "model.choice.help": {
        "en": "Kneser–Ney and add-k count which character followed each context in the rhymes; they differ in how they give a chance to what was never seen. The neural network learned its scores by training.",
        "zh": "Kneser–Ney 和加 k 平滑都在童谣里数每个上下文后面跟着哪个字符，区别在于怎样给从没见过的字符留机会。神经网络的得分是训练学来的。",
    },
    "model.choice.kneser_ney": {"en": "Kneser–Ney (default)", "zh": "Kneser–Ney（默认）"},
    "model.choice.add_k": {"en": "add-k (the simplest)", "zh": "加 k 平滑（最简单的做法）"},
    "model.choice.mlp": {"en": "neural network", "zh": "神经网络"},
    "model.neural.caption": {
        "en": "The neural network always reads the last {ctx} characters, and needs no smoothing: its softmax gives every character some probability.",
        "zh": "神经网络总是读最后 {ctx} 个字符，也不需要平滑：它的 Softmax 给每个字符都留了一些概率。",
    },
    "model.smoothing_snapped": {
        "en": "The link asked for smoothing k = {asked}, which is not one of the values offered; the nearest, {used}, is used.",
        "zh": "链接里的平滑系数 k = {asked} 不在可选的数值之中；改用最接近的 {used}。",
    },
    # ------------------------------------------------------------ the Monte Carlo's limits (app_pages/compare/jobs.py)
    "mcjob.limit": {
        "en": "Limit: samples × length at most {budget} per strategy, so that the largest run takes a few seconds and the server stays quick for everyone; at most two runs go at once, others wait their turn.",
        "zh": "上限：每种方法的段数 × 每段长度最多 {budget}，这样最大的一次运行也只需几秒，服务器对所有人都保持流畅；同时最多进行两次运行，其余的排队等候。",
    },
    "mcjob.too_large": {
        "en": "{n} samples × {length} characters = {total} characters per strategy, more than the {budget} allowed. Lower the number of samples to at most {max_n}, or shorten the texts.",
        "zh": "{n} 段 × {length} 个字符 = 每种方法 {total} 个字符，超过了允许的 {budget}。请把段数减到不超过 {max_n}，或缩短每段的长度。",
    },
}
