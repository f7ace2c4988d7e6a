"""Texts of the compare page (see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {
    "compare.intro": {
        "en": "Always taking the top-scoring character (called greedy decoding) writes the same text every time and often goes round in circles; exploring by the probabilities (called sampling) can go a new way each time. Move the temperature and compare.",
        "zh": "每一步都直接选择得分最高的字符（业内叫“贪心解码”），每次写出的都一样，还常常原地打转；根据概率探索，也就是按概率随机抽（业内叫“采样”），每次都可能走出新路。拖动温度，比一比。",
    },
    "compare.chatbot": {
        "en": (
            "This is also why a chatbot can answer the same question differently each time: like this page, "
            "it draws each next word by the probabilities, and one different draw early on sends the rest of "
            "the answer down another path. At T = 0 it would always take the top choice and give the same "
            "answer every time."
        ),
        "zh": (
            "这也是为什么同一个问题问聊天机器人两次，回答可能不一样：它和这一页一样，按概率抽下一个词；"
            "前面只要有一次抽得不同，后面的话就会走上另一条路。如果把温度调到 T = 0，它每次都直接选最高，"
            "回答就每次都一样。"
        ),
    },
    # ------------------------------------------------------------------ settings
    "compare.length": {"en": "Characters to write", "zh": "续写的字符数"},
    "compare.length.help": {
        "en": "Length of every continuation, from 1 to {max}.",
        "zh": "每段续写的长度，1 到 {max}。",
    },
    "compare.k": {"en": "Lines drawn by the probabilities", "zh": "并排展示几段按概率抽出的续写"},
    "compare.top_k": {"en": "Top-k: keep the k likeliest", "zh": "只留前 k 名（top-k）"},
    "compare.top_k.name": {"en": "Top-k", "zh": "top-k"},  # in a message
    "compare.top_p.name": {"en": "Top-p", "zh": "top-p"},
    "compare.min_p.name": {"en": "Min-p", "zh": "min-p"},
    "compare.top_k.help": {
        "en": "A whole number ≥ 1. Ties with the k-th are kept; k larger than the number of characters keeps them all.",
        "zh": "不小于 1 的整数。和第 k 名同分的字符也保留；k 比字符的总数还大时，全部保留。",
    },
    "compare.top_p": {
        "en": "Top-p: keep the likeliest until they add up to p",
        "zh": "只留概率加起来够 p 的那几个（top-p）",
    },
    "compare.top_p.help": {
        "en": "A number in (0, 1]: keep the fewest likeliest characters whose probabilities add up to at least p. In the chart it counts among what top-k left, scaled up to add up to 100%; the Monte Carlo’s top-p row uses it alone.",
        "zh": "大于 0、不超过 1 的数：从最可能的字符往下数，概率加起来一够 p 就停，只保留这些字符。在图里，它只在“只留前 k 名”留下的字符里数，这些字符的概率先放大到加起来等于 100%；蒙特卡洛表格里“只留概率加起来够 p 的”那一行则单独使用它。",
    },
    "compare.min_p": {"en": "Min-p: drop the very unlikely", "zh": "去掉太不可能的（min-p）"},
    "compare.min_p.help": {
        "en": (
            "A number in [0, 1]: keep characters whose probability is at least min-p × the top probability. "
            "With min-p = 0.1 and a top probability of 50%, characters below 5% go."
        ),
        "zh": "0 到 1 之间的数：只保留概率不低于“min-p × 最高概率”的字符。比如 min-p = 0.1、最高概率是 50%，低于 5% 的字符就被去掉。",
    },
    "compare.beam": {"en": "Drafts kept at once (beam search)", "zh": "同时保留几份草稿（束搜索）"},
    "compare.beam.help": {
        "en": (
            "Beam search keeps several drafts at once and at the end hands in the one with the highest overall "
            "probability. This sets how many; 1 draft is the same as always taking the top. 1 to {max}."
        ),
        "zh": "束搜索：每一步同时保留几份最有希望的草稿，最后交出整体概率最高的那一份。这里设定保留几份；只留 1 份，就等于直接选最高。取值 1 到 {max}。",
    },
    "compare.order": {
        "en": (
            "The steps run in a fixed order, as in the Hugging Face transformers library: temperature first, "
            "then top-k, top-p and min-p. Each works on what the one before left, scaled up to add up to 100% again."
        ),
        "zh": "这几步按固定顺序进行，和常用的 Hugging Face transformers 程序库一样：先调温度，再依次做 top-k、top-p、min-p。每一步都只看上一步留下的字符，它们的概率先按比例放大到加起来等于 100%。",
    },
    # ------------------------------------------------------------------ what the filters do
    "compare.filters.title": {"en": "What the filters do", "zh": "几种筛选方法做了什么"},
    "compare.filters.explain": {
        "en": (
            "Before drawing, a chatbot usually cuts off the unlikely tail so that a rare bad draw cannot derail "
            "the text. Here is the model’s next-character distribution after the text you pick below: change the values and "
            "watch what each filter removes."
        ),
        "zh": "抽之前，聊天机器人通常先把不太可能的“尾巴”剪掉，免得偶尔抽到一个离谱的字符把整段话带偏。下面先选一段文字，图里就是模型在它之后给下一个字符的概率：改一改数值，看看每种筛选方法去掉了哪些字符。",
    },
    "compare.where": {"en": "Look at the next character after", "zh": "看哪里的下一个字符"},
    "compare.where.prompt": {"en": "your prompt “{prompt}”", "zh": "你的开头“{prompt}”"},
    "compare.where.open": {"en": "“{open}”", "zh": "“{open}”"},
    "compare.filters.sure": {
        "en": "After this prompt the model is almost sure of “{char}” ({p}), so there is little tail to cut: pick the other spot above to see the filters at work.",
        "zh": "在这个开头之后，模型几乎认定是“{char}”（{p}），没有多少“尾巴”可剪：选上面的另一个位置，看看筛选怎么起作用。",
    },
    "compare.filters.sure.cold": {
        "en": "At T = {t} the model is almost sure of “{char}” ({p}), so there is little tail to cut: raise the temperature to see the filters at work.",
        "zh": "在 T = {t} 时，模型几乎认定是“{char}”（{p}），没有多少“尾巴”可剪：把温度调高一些，看看筛选怎么起作用。",
    },
    "compare.filters.sure.both": {
        "en": "After this prompt and at T = {t} the model is almost sure of “{char}” ({p}), so there is little tail to cut: pick the other spot above and raise the temperature to see the filters at work.",
        "zh": "在这个开头之后、T = {t} 时，模型几乎认定是“{char}”（{p}），没有多少“尾巴”可剪：选上面的另一个位置，再把温度调高一些，看看筛选怎么起作用。",
    },
    "compare.filters.chart": {
        "en": "Next character, T = {t}",
        "zh": "下一个字符（T = {t}）",
    },
    "compare.filters.kept": {"en": "kept, rescaled", "zh": "留下的（放大后）"},
    "compare.filters.removed": {"en": "removed", "zh": "去掉的"},
    "compare.filters.before": {"en": "before filters", "zh": "筛选之前"},
    "compare.filters.x": {"en": "next character (likeliest first)", "zh": "下一个字符（最可能的在前）"},
    "compare.filters.x.some": {
        "en": "next character: the {shown} likeliest of {n}, likeliest first",
        "zh": "下一个字符：{n} 个里最可能的 {shown} 个，最可能的在前",
    },
    "compare.filters.y": {"en": "probability", "zh": "概率"},
    "compare.dice.x.some": {
        "en": "next character: {shown} likeliest of {n}, then others drawn",
        "zh": "下一个字符：{n} 个里最可能的 {shown} 个和其余抽到的",
    },
    "compare.filters.summary.all": {
        "en": "All {n} characters stay in play: no filter removes any at these values.",
        "zh": "{n} 个字符全部留下：这组数值下，没有哪个筛选去掉字符。",
    },
    "compare.filters.summary": {
        "en": "Left in play: {kept} of {n} characters; their probabilities are scaled up to add up to 100% again.",
        "zh": "{n} 个字符里留下 {kept} 个；它们的概率按比例放大，重新加起来等于 100%。",
    },
    "compare.filters.summary.single": {
        "en": "Left in play: 1 of {n} characters; it now has all the probability, 100%.",
        "zh": "{n} 个字符里只留下 1 个；全部概率都归它，是 100%。",
    },
    "compare.filters.t0": {
        "en": "At T = 0 no filter matters (the top always wins), so the filters are shown at T = 1.",
        "zh": "T = 0 时筛选不起作用（总是直接选最高的），所以这里按 T = 1 来展示。",
    },
    "compare.filters.removes.top_k": {
        "en": "Top-k (k = {k}) removes {n} characters.",
        "zh": "“只留前 k 名”（k = {k}）去掉了 {n} 个字符。",
    },
    "compare.filters.removes.top_k.one": {
        "en": "Top-k (k = {k}) removes 1 character.",
        "zh": "“只留前 k 名”（k = {k}）去掉了 1 个字符。",
    },
    "compare.filters.removes.top_p": {
        "en": "Top-p (p = {p}) removes {n} more: adding up the characters top-k left, likeliest first (scaled up to 100% together), it stops on reaching p and drops the rest.",
        "zh": "“只留概率加起来够 p 的”（p = {p}）又去掉了 {n} 个：把“只留前 k 名”留下的字符（概率先放大到合计 100%）从最可能的往下加，加到 p 就停，后面的都去掉。",
    },
    "compare.filters.removes.top_p.one": {
        "en": "Top-p (p = {p}) removes 1 more: adding up the characters top-k left, likeliest first (scaled up to 100% together), it stops on reaching p and drops the one left over.",
        "zh": "“只留概率加起来够 p 的”（p = {p}）又去掉了 1 个：把“只留前 k 名”留下的字符（概率先放大到合计 100%）从最可能的往下加，加到 p 就停，剩下的那 1 个就去掉了。",
    },
    "compare.filters.removes.top_p.first": {
        "en": "Top-p (p = {p}) removes {n} characters.",
        "zh": "“只留概率加起来够 p 的”（p = {p}）去掉了 {n} 个字符。",
    },
    "compare.filters.removes.top_p.first.one": {
        "en": "Top-p (p = {p}) removes 1 character.",
        "zh": "“只留概率加起来够 p 的”（p = {p}）去掉了 1 个字符。",
    },
    "compare.filters.removes.min_p.first": {
        "en": "Min-p ({m}) removes {n} characters.",
        "zh": "“去掉太不可能的”（min-p = {m}）筛掉了 {n} 个字符。",
    },
    "compare.filters.removes.min_p.first.one": {
        "en": "Min-p ({m}) removes 1 character.",
        "zh": "“去掉太不可能的”（min-p = {m}）筛掉了 1 个字符。",
    },
    "compare.filters.removes.min_p": {
        "en": "Min-p ({m}) removes {n} more.",
        "zh": "“去掉太不可能的”（min-p = {m}）又筛掉了 {n} 个。",
    },
    "compare.filters.removes.min_p.one": {
        "en": "Min-p ({m}) removes 1 more.",
        "zh": "“去掉太不可能的”（min-p = {m}）又筛掉了 1 个。",
    },
    "compare.filters.no_effect.top_k": {
        "en": "Top-k (k = {k}) has no effect here: k is at least the number of characters still in play.",
        "zh": "“只留前 k 名”（k = {k}）在这里不起作用：k 不小于还在候选中的字符数。",
    },
    "compare.filters.no_effect.top_p": {
        "en": "Top-p (p = {p}) has no effect here: every character left is needed to add up to p.",
        "zh": "“只留概率加起来够 p 的”（p = {p}）在这里不起作用：要把剩下的字符全算上，概率才够 p。",
    },
    "compare.filters.off.min_p": {
        "en": "Min-p (0) is off: it removes nothing.",
        "zh": "“去掉太不可能的”（min-p = 0）等于没开：一个字符也不去掉。",
    },
    "compare.filters.ties": {
        "en": "{kept} stay after top-k, not {k}: the characters tied with the last of the k kept stay too.",
        "zh": "“只留前 k 名”之后留下 {kept} 个，不是 {k} 个：和第 k 名概率一样的字符也都保留。",
    },
    "compare.filters.no_effect.min_p": {
        "en": "Min-p ({m}) has no effect here: every character left has at least {m} × the top probability.",
        "zh": "“去掉太不可能的”（min-p = {m}）在这里不起作用：剩下的每个字符，概率都不低于 {m} × 最高概率。",
    },
    # ------------------------------------------------------------------ many dice
    "compare.dice.title": {"en": "Many dice at once", "zh": "一次掷很多个骰子"},
    "compare.dice.explain": {
        "en": "Each draw is like a die whose faces are as wide as the probabilities. Draw the next character many times: the more draws, the closer their shares (the filled bars) come to softmax’s probabilities (the dashed outlines). These draws use the temperature only, not the filters above.",
        "zh": "每抽一次，就像掷一个特别的骰子：每个字符占一面，概率越大，那一面越宽，越容易掷到。把下一个字符抽很多次：抽得越多，各字符出现的比例（实心柱）就越接近 Softmax 给出的概率（虚线框）。这里只用温度，不用上面的筛选。",
    },
    "compare.dice.n": {"en": "Draws", "zh": "抽几次"},
    "compare.dice.again": {"en": "Draw again", "zh": "再抽一遍"},
    "compare.dice.chart": {
        "en": "{n} draws of the next character at T = {t}",
        "zh": "把下一个字符抽 {n} 次（T = {t}）",
    },
    "compare.dice.drawn": {"en": "draws", "zh": "抽中的比例"},
    "compare.dice.probability": {"en": "softmax", "zh": "Softmax 概率"},
    "compare.dice.y": {"en": "share", "zh": "比例"},
    # ------------------------------------------------------------------ fan
    "compare.fan.title": {"en": "One prompt, two temperatures", "zh": "同一个开头，两个温度"},
    "compare.fan.explain": {
        "en": "Eight continuations at a cautious and at an adventurous temperature, drawn with the same random numbers.",
        "zh": "在一个保守的温度和一个大胆的温度下各续写 8 次，用的是同一串随机数。",
    },
    "compare.fan.group": {"en": "T = {t}: {n} lines", "zh": "T = {t}：{n} 段"},
    # ------------------------------------------------------------------ errors
    "compare.error.top_p": {
        "en": "{where}: must be greater than 0 and at most 1 (p = 0 would keep no character at all).",
        "zh": "{where}：必须大于 0 且不超过 1（p = 0 会一个字符都不保留）。",
    },
    "compare.error.model": {
        "en": "The model cannot continue this prompt: {reason}",
        "zh": "模型无法续写这个开头：{reason}",
    },
    "compare.error.fix": {
        "en": "Fix the settings with a red message to see what this part shows.",
        "zh": "请先改好有红色提示的设置，才能看到这一部分。",
    },
    # ------------------------------------------------------------------ the samples
    "compare.greedy.title": {"en": "Always take the top (T = 0)", "zh": "直接选择得分最高的（T = 0）"},
    "compare.greedy.loop.space": {"en": "(␣ there is a space.)", "zh": "（这里的 ␣ 表示空格。）"},
    "compare.greedy.loop": {
        "en": "Taking the top goes round in circles: from character {start} on it repeats “{unit}” (marked ⟲).",
        "zh": "直接选最高会原地打转：从第 {start} 个字符起不断重复“{unit}”（⟲ 处开始）。",
    },
    "compare.samples.title": {
        "en": "Explore by the probabilities (T = {t}, seed {seed}): {n} draws",
        "zh": "根据概率探索（T = {t}，种子 {seed}）：抽了 {n} 次",
    },
    "compare.samples.title.one": {
        "en": "Explore by the probabilities (T = {t}, seed {seed}): 1 draw",
        "zh": "根据概率探索（T = {t}，种子 {seed}）：抽了 1 次",
    },
    "compare.samples.model": {
        "en": "The texts here come from the model you pick under Model settings, not from the article’s numbers (u 0.5, m 0.45, 0.05 for the rest), which the previous page’s 20 draws use.",
        "zh": "这里的续写来自你在“模型设置”里选的模型，不是文章里的那几个数（u 0.5、m 0.45、其余 0.05）；上一页的 20 次抽取用的才是那几个数。",
    },
    "compare.samples.caption": {
        "en": "The prompt in plain type, what the model wrote in bold on a tint; ↵ is a line break.",
        "zh": "开头是普通字体，模型续写的部分加粗并带底色；↵ 表示换行。",
    },
    "compare.samples.made_up": {
        "en": "Drawing by the full probabilities (T = 1 and above), a model this small, which has read only a few hundred rhymes, also makes up words; at T = 0.71 its lines stay closer to the rhymes and still differ each time.",
        "zh": "完全按概率抽（T = 1 或更高）时，这么小的模型（只读过几百首童谣）也会编出不存在的词；调到 T = 0.71，写出来的更像童谣，每次也仍然不一样。",
    },
    "compare.samples.t0": {
        "en": "At T = 0 every draw takes the top, so every sample would be this same line.",
        "zh": "T = 0 时每次都直接选最高，所以每段续写都和这一行一模一样。",
    },
    # ------------------------------------------------------------------ Monte Carlo
    "compare.mc.title": {
        "en": "Go deeper: thousands of runs per strategy (the Monte Carlo method)",
        "zh": "深入一点：大量重复实验，每种方法各跑上千次（蒙特卡洛方法）",
    },
    "compare.mc.lead": {
        "en": "Each strategy writes N continuations, and the table measures how varied they are, how much they read like the rhymes, and how much they repeat. The top-k, top-p and min-p rows each use that one filter alone, with its value above.",
        "zh": "每种方法各写 N 段续写，再量一量：它们彼此有多不一样，读起来有多像童谣，又有多少重复。“只留前 k 名”“只留概率加起来够 p 的”“去掉太不可能的”这三行各自只用这一种筛选，数值取上面填的。",
    },
    "compare.mc.measures": {"en": "What each measure means", "zh": "每个指标是什么意思"},
    "compare.mc.explain.item": {"en": "- **{name}**: {help}", "zh": "- **{name}**：{help}"},
    "compare.mc.explain.beam": {
        "en": "- **Beam search**: keeps several drafts at once and hands in the one with the highest overall probability.",
        "zh": "- **束搜索**：每一步同时保留几份最有希望的草稿，最后交出整体概率最高的那一份。",
    },
    "compare.mc.explain.sweep": {
        "en": "- **Temperature sweep**: the same measures as T goes from 0 (always the top) to 10.",
        "zh": "- **温度扫描**：T 从 0（直接选最高）升到 10 时，这些指标怎么变。",
    },
    "compare.n": {"en": "Samples per strategy (N)", "zh": "每种方法写几段（N）"},
    "compare.n.help": {"en": "A whole number from 1 to {max}.", "zh": "1 到 {max} 之间的整数。"},
    "compare.seed": {"en": "Random seed", "zh": "随机种子"},
    "compare.seed.help": {
        "en": "The same seed and settings give exactly the same numbers (and the same samples, dice and fan above).",
        "zh": "相同的种子和设置会得到完全相同的数字（上面的续写、骰子和两个温度的续写也一样）。",
    },
    "compare.run": {"en": "Run", "zh": "运行"},
    "compare.mc.idle": {
        "en": "Press Run to let every strategy write a batch of continuations and measure them.",
        "zh": "点击“运行”，让每种方法各写一批续写，再测量。",
    },
    "compare.mc.progress": {"en": "Sampling: {name} ({i}/{total})", "zh": "正在生成：{name}（{i}/{total}）"},
    "compare.mc.sweep_progress": {"en": "Temperature sweep…", "zh": "温度扫描中……"},
    "compare.mc.stale.no_run": {
        "en": "These results are from earlier settings.",
        "zh": "这些结果来自之前的设置。",
    },
    "compare.mc.stale": {
        "en": "These results are from earlier settings; press Run to update them.",
        "zh": "这些结果来自之前的设置；点击“运行”更新。",
    },
    "compare.mc.done": {
        "en": "{n} samples × {length} characters per strategy, seed {seed}.",
        "zh": "每种方法写 {n} 段，每段 {length} 个字符，种子 {seed}。",
    },
    "compare.mc.done.one": {
        "en": "1 sample × {length} characters per strategy, seed {seed}.",
        "zh": "每种方法写 1 段，共 {length} 个字符，种子 {seed}。",
    },
    "compare.strategy.greedy": {"en": "Always the top", "zh": "直接选最高"},
    "compare.strategy.sampling": {"en": "By the probabilities (T = 1)", "zh": "按概率抽（T = 1）"},
    "compare.strategy.temperature": {"en": "By the probabilities, T = {t}", "zh": "按概率抽，T = {t}"},
    "compare.strategy.top_k": {"en": "Top-k (k = {k}, T = {t})", "zh": "只留前 k 名（k = {k}，T = {t}）"},
    "compare.strategy.top_p": {
        "en": "Top-p (p = {p}, T = {t})",
        "zh": "只留概率加起来够 p 的（p = {p}，T = {t}）",
    },
    "compare.strategy.min_p": {"en": "Min-p ({m}, T = {t})", "zh": "去掉太不可能的（min-p = {m}，T = {t}）"},
    "compare.strategy.beam": {"en": "Beam search ({w} drafts)", "zh": "束搜索（{w} 份草稿）"},
    "compare.mc.no_lines": {
        "en": "A dash (—) under “New lines”: that strategy never finished a line (no line break inside its text).",
        "zh": "“新写的句子”一栏显示 —：这种方法一整行都没写完（续写里没有换行）。",
    },
    "compare.col.strategy": {"en": "Strategy", "zh": "方法"},
    "compare.col.distinct": {"en": "Distinct texts", "zh": "不同续写数"},
    "compare.col.distinct_ngrams": {"en": "Distinct 4-grams", "zh": "不重复 4 字符片段"},
    "compare.col.real_words": {"en": "Real words", "zh": "真单词"},
    "compare.col.novel_lines": {"en": "New lines", "zh": "新写的句子"},
    "compare.col.repeated_ngrams": {"en": "Repeated 4-grams", "zh": "重复 4 字符片段"},
    "compare.col.loop_share": {"en": "Ends in a loop", "zh": "以循环结尾"},
    "compare.col.perplexity": {"en": "Perplexity", "zh": "困惑度"},
    "compare.col.entropy_bits": {"en": "Entropy per step (bits)", "zh": "熵（比特/步）"},
    "compare.col.distinct.help": {
        "en": "How many different texts there are among the N continuations; identical ones count once (a measure of diversity).",
        "zh": "N 段续写里有几种不同的文字，一模一样的只算一种（衡量多样性）。",
    },
    "compare.col.distinct_ngrams.help": {
        "en": "How many different runs of 4 characters (4-grams) there are, as a share of all the 4-grams in all the continuations; 100% = nothing is ever repeated (a measure of diversity).",
        "zh": "所有续写里，不同的 4 字符片段的种数占片段总数的百分之几；100% 表示从不重复（衡量多样性）。",
    },
    "compare.col.real_words.help": {
        "en": "Of the complete words written, the share that are real words of the rhymes (a measure of quality).",
        "zh": "写完整的单词里，童谣里真有的单词占多少（衡量质量）。",
    },
    "compare.col.novel_lines.help": {
        "en": "The share of complete lines that are not a line of the rhymes: copying is not writing (a measure of quality).",
        "zh": "写完的整行里，童谣里没有的新句子占多少：照抄童谣不算写（衡量质量）。",
    },
    "compare.col.repeated_ngrams.help": {
        "en": "The share of a continuation’s 4-grams that already appeared earlier in the same text, on average (a measure of repetition).",
        "zh": "一段续写里，在前面已经出现过的 4 字符片段平均占多少（衡量重复）。",
    },
    "compare.col.loop_share.help": {
        "en": "The share of continuations that end going round in a loop (a measure of repetition).",
        "zh": "最后陷入循环、一直转圈的续写占多少（衡量重复）。",
    },
    "compare.col.perplexity.help": {
        "en": "Roughly how many characters the model hesitates between at each step of these texts; lower = the text is likelier to the model (a measure of quality as the model sees it: a text going round in a loop can score lowest).",
        "zh": "模型每写一个字符，平均像是在几个字符之间犹豫；越低，模型越觉得这段文字顺（按模型的看法衡量质量：一直转圈的文字也可能最低）。",
    },
    "compare.col.entropy_bits.help": {
        "en": "How unsure each draw was, on average, over the probabilities it drew from (after the temperature and the filter): 0 bits when one option is certain, largest when all are equally likely; 1 bit is as unsure as one fair coin toss. Always the top and beam search draw nothing: 0.",
        "zh": "平均每次抽取有多拿不准，算的是实际用来抽的概率（调过温度、筛选之后）：只有一个可能时是 0 比特，所有选项一样可能时最大；1 比特就像猜一次抛硬币那么拿不准。直接选最高和束搜索不抽签，所以是 0。",
    },
    "compare.chart.title": {
        "en": "Diversity, quality and repetition by strategy",
        "zh": "各方法的多样性、质量与重复",
    },
    "compare.chart.shares": {
        "en": "Shares (↑ higher is better, ↓ lower is better)",
        "zh": "比例（↑ 越高越好，↓ 越低越好）",
    },
    "compare.chart.ppl": {
        "en": "Perplexity (lower = likelier to the model)",
        "zh": "困惑度（越低，模型越觉得顺）",
    },
    # The count goes under the plot: in the title, a phone cut it off at the right edge.
    "compare.sweep.title": {
        "en": "Temperature sweep: diversity against quality",
        "zh": "温度扫描：多样性与质量的权衡",
    },
    "compare.sweep.fewer": {
        "en": "The share of distinct 4-grams depends on how many texts there are: the fewer the texts, the fewer 4-grams come round again, so the sweep's {sweep_n} texts per T give a larger share than the table's {n}.",
        "zh": "互不重复的 4 字符片段占多少，要看一共有几段续写：段数越少，重复出现的片段越少。所以扫描里每个 T 只有 {sweep_n} 段，这个比例比表格里的 {n} 段时更高。",
    },
    "compare.sweep.x": {
        "en": "Temperature T (log scale), {n} samples per T",
        "zh": "温度 T（对数刻度，每个 T 写 {n} 段）",
    },
    "compare.sweep.x.one": {
        "en": "Temperature T (log scale), 1 sample per T",
        "zh": "温度 T（对数刻度，每个 T 写 1 段）",
    },
    "compare.sweep.share": {"en": "Share", "zh": "比例"},
    "compare.sweep.greedy_tick": {"en": "top", "zh": "选最高"},
    # ------------------------------------------------------------------ conclusion
    "compare.conclusion.title": {"en": "What this run shows", "zh": "这次运行说明了什么"},
    "compare.conclusion.greedy_loops": {
        "en": "Always taking the top fell into a loop: from character {start} it repeats “{unit}” to the end, and every run is the same, since it never draws a random number.",
        "zh": "直接选最高陷入了循环：从第 {start} 个字符起，一直重复“{unit}”到结尾。而且每次运行都一样，因为它从不抽随机数。",
    },
    "compare.conclusion.greedy_no_loop": {
        "en": "Always taking the top did not loop within {length} characters with these settings, but it writes exactly the same text every time.",
        "zh": "在这些设置下，直接选最高在 {length} 个字符内没有陷入循环，但它每次写出的文字都一模一样。",
    },
    "compare.conclusion.sampling_diverse": {
        "en": "Exploring by the probabilities wrote {distinct:,} different continuations out of {n:,}; {div} of its 4-grams are distinct (always the top: {div_greedy}), and {loops} of its texts end in a loop.",
        "zh": "按概率抽，{n:,} 次写出了 {distinct:,} 段不同的续写；它的 4 字符片段有 {div} 互不重复（直接选最高：{div_greedy}）；陷入循环的续写占 {loops}。",
    },
    "compare.conclusion.sampling_diverse_never": {
        "en": "Exploring by the probabilities wrote {distinct:,} different continuations out of {n:,}; {div} of its 4-grams are distinct (always the top: {div_greedy}), and none of its texts ends in a loop.",
        "zh": "按概率抽，{n:,} 次写出了 {distinct:,} 段不同的续写；它的 4 字符片段有 {div} 互不重复（直接选最高：{div_greedy}）；没有一段续写陷入循环。",
    },
    "compare.conclusion.sampling_same": {
        "en": "Exploring by the probabilities wrote the same continuation all {n:,} times: with this prompt the model is nearly certain at every step.",
        "zh": "按概率抽，{n:,} 次都写出了同一段续写：对这个开头，模型每一步都几乎没有悬念。",
    },
    "compare.conclusion.greedy_likelier": {
        "en": "Exploring has a price: the model finds the top-choice text more natural (perplexity {ppl_greedy:.3f} against {ppl:.3f}), and {real_greedy} of its words are real words against {real} when drawing by the probabilities.",
        "zh": "探索是有代价的：模型觉得直接选最高写出的文字更顺（困惑度 {ppl_greedy:.3f}，按概率抽为 {ppl:.3f}）；直接选最高写出的词有 {real_greedy} 是真单词，按概率抽为 {real}。",
    },
    "compare.conclusion.sampling_likelier": {
        "en": "Surprisingly, drawing by the probabilities scored a lower perplexity than always taking the top here ({ppl:.3f} against {ppl_greedy:.3f}); real words: {real} against {real_greedy}.",
        "zh": "出人意料：这次按概率抽的困惑度反而比直接选最高低（{ppl:.3f} 对 {ppl_greedy:.3f}）；真单词的比例：按概率抽 {real}，直接选最高 {real_greedy}。",
    },
    "compare.conclusion.t_tradeoff_low": {
        "en": "Lowering the temperature to T = {t} made the text safer (perplexity {ppl_t:.3f} instead of {ppl_1:.3f}) and less varied ({div_t} distinct 4-grams instead of {div_1}).",
        "zh": "把温度降到 T = {t}，文字更稳妥（困惑度 {ppl_t:.3f}，T = 1 时为 {ppl_1:.3f}），也更单调（互不重复的 4 字符片段 {div_t}，T = 1 时为 {div_1}）。",
    },
    "compare.conclusion.t_tradeoff_high": {
        "en": "Raising the temperature to T = {t} made the text more varied ({div_t} distinct 4-grams instead of {div_1}) and less natural to the model (perplexity {ppl_t:.3f} instead of {ppl_1:.3f}).",
        "zh": "把温度升到 T = {t}，文字更多样（互不重复的 4 字符片段 {div_t}，T = 1 时为 {div_1}），但模型也觉得它更不顺（困惑度 {ppl_t:.3f}，T = 1 时为 {ppl_1:.3f}）。",
    },
    "compare.conclusion.t_mixed": {
        "en": "At T = {t} this run shows no clean trade-off: perplexity {ppl_t:.3f} (T = 1: {ppl_1:.3f}), distinct 4-grams {div_t} (T = 1: {div_1}).",
        "zh": "在 T = {t} 时，这次运行看不出明显的“此消彼长”：困惑度 {ppl_t:.3f}（T = 1：{ppl_1:.3f}），互不重复的 4 字符片段 {div_t}（T = 1：{div_1}）。",
    },
    "compare.conclusion.beam_loops": {
        "en": "Beam search, which looks for the likeliest whole text, loops too (perplexity {ppl_beam:.3f}): the likeliest text is not the most interesting one. That is the article’s point: always taking the top is not the best way to write.",
        "zh": "以整体概率最高为目标的束搜索同样陷入循环（困惑度 {ppl_beam:.3f}）：最可能的文字并不是最有意思的文字。这正是文章说的：总是直接选最高，并不是最好的写法。",
    },
    "compare.conclusion.beam_no_loop": {
        "en": "Beam search found a text with perplexity {ppl_beam:.3f} that does not loop within this length.",
        "zh": "束搜索找到了一段困惑度为 {ppl_beam:.3f} 的文字，在这个长度内没有循环。",
    },
    "compare.conclusion.best_real_words": {
        "en": "The highest share of real words came from “{strategy}”: {share}.",
        "zh": "真单词比例最高的是“{strategy}”：{share}。",
    },
    "compare.conclusion.best_real_words_loops_never": {
        "en": "“{strategy}” wrote the most real words ({share}), but only by repeating itself; of the strategies whose texts mostly do not end in a loop, “{strategy2}” did best ({share2} real words, and none of its texts ends in a loop).",
        "zh": "“{strategy}”写出的真单词比例最高（{share}），但只是靠不断重复；在大多数续写不以循环结尾的方法里，“{strategy2}”最好（真单词 {share2}，而且没有一段续写以循环结尾）。",
    },
    "compare.conclusion.best_real_words_loops": {
        "en": "“{strategy}” wrote the most real words ({share}), but only by repeating itself; of the strategies whose texts mostly do not end in a loop, “{strategy2}” did best ({share2} real words; {loops2} of its texts end in a loop).",
        "zh": "“{strategy}”写出的真单词比例最高（{share}），但只是靠不断重复；在大多数续写不以循环结尾的方法里，“{strategy2}”最好（真单词 {share2}；{loops2} 的续写以循环结尾）。",
    },
}
