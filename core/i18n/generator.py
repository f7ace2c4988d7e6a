"""Texts of the generator page and of the shared model settings (see core/i18n/__init__.py for the format)."""

MODEL: dict[str, dict[str, str]] = {
    "model.prompt": {"en": "Prompt", "zh": "开头文字"},
    "model.prompt.help": {
        "en": "The text the model continues. Only its last few characters (the context length) matter.",
        "zh": "模型要接着往下写的文字。真正起作用的只有最后几个字符（由上下文长度决定）。",
    },
    "model.settings": {"en": "Model settings", "zh": "模型设置"},
    "model.context": {"en": "Context length (characters)", "zh": "上下文长度（字符数）"},
    "model.context.help": {
        "en": "How many previous characters the model looks at. Where those characters never appear together in the rhymes, it looks at fewer of them.",
        "zh": "模型往回看几个字符。如果这几个字符连在一起在童谣里从没出现过，模型就少看几个，改看更短的一段。",
    },
    "model.smoothing": {"en": "Smoothing k (add-k)", "zh": "平滑系数 k（加 k 平滑）"},
    "model.smoothing.help": {
        "en": "Adds k to every count, so characters never seen after a context keep a small chance. From 0 to {max}.",
        "zh": "给每个计数都加上 k，让某个上下文后面从没出现过的字符也保留一点机会。取值 0 到 {max}。",
    },
    "model.more_chars": {"en": " … and {n} more", "zh": " …… 另有 {n} 个"},
    "model.err.empty_prompt": {
        "en": "The prompt is empty. Type a few characters for the model to continue, e.g. “Humpty Du”.",
        "zh": "开头文字是空的。请输入几个字符让模型接着写，例如“Humpty Du”。",
    },
    "model.err.long_prompt": {
        "en": "The prompt has {n} characters; at most {max} are accepted. The model only reads the last few anyway — please shorten it.",
        "zh": "开头文字有 {n} 个字符，最多只接受 {max} 个。模型反正只看最后几个字符，请删短一些。",
    },
    "model.err.unknown_chars": {
        "en": "The model has never seen {n} characters of the prompt: {chars}. It learned only from English nursery rhymes — please remove or replace them.",
        "zh": "开头文字里有 {n} 个字符模型从没见过：{chars}。它只学过英文童谣，请删掉或换掉这些字符。",
    },
    "model.err.unknown_chars.one": {
        "en": "The model has never seen 1 character of the prompt: {chars}. It learned only from English nursery rhymes — please remove or replace it.",
        "zh": "开头文字里有 1 个字符模型从没见过：{chars}。它只学过英文童谣，请删掉或换掉这个字符。",
    },
    "model.err.settings": {
        "en": "These model settings are not possible: the context length must be 1 to {ctx} characters and the smoothing k a number from 0 to {max}. Nothing was generated with them.",
        "zh": "这组模型设置不成立：上下文长度须在 1 到 {ctx} 个字符之间，平滑系数 k 须是 0 到 {max} 之间的数。没有用它们生成任何内容。",
    },
}

GENERATOR: dict[str, dict[str, str]] = {
    "generator.intro": {
        "en": "After “Humpty Du” the article gives u 50%, m 45%, the rest 5%. With these numbers, always taking the top choice (called greedy decoding) writes “Duu” every time; drawing by the probabilities (called sampling) writes “Dum…” almost half the time.",
        "zh": "在“Humpty Du”后面，文章给出 u 50%、m 45%、其余 5%。按这组数字，如果直接选择得分最高的，每次都写成“Duu”；如果根据概率探索，也就是按概率随机抽，差不多一半的时候会写出“Dum…”。（这两种做法，业内分别叫“贪心解码”和“采样”。）",
    },
    "generator.model": {"en": "Probabilities from", "zh": "概率来自"},
    "generator.model.trained": {"en": "the model trained on the rhymes", "zh": "用童谣训练的模型"},
    "generator.model.article": {"en": "the article’s numbers", "zh": "文章里的数字"},
    "generator.model.help": {
        "en": "The article’s example: right after “Humpty Du” it gives u 50%, m 45%, all other characters 5% together (it calls them scores; they are already probabilities); everywhere else it is the trained model.",
        "zh": "文章里的例子：紧跟在“Humpty Du”后面时，u 占 50%，m 占 45%，其余字符合计 5%（文章把它们叫作“得分”，其实它们已经是概率）；其他位置的概率都来自用童谣训练的模型。",
    },
    "generator.greedy.title": {
        "en": "**Always take the top** (T = 0) writes, every time:",
        "zh": "**直接选择得分最高的**（T = 0），每次都写成：",
    },
    "generator.fan.title": {
        "en": "**Explore by the probabilities** (T = {t}, seed {seed}): **{k} of {n} drew “{letter}” next ({share}; at {p}, about {expected} on average)**; {w} of them (✓) went on to write “Dumpty”",
        "zh": "**根据概率探索**（T = {t}，种子 {seed}）：**{n} 次里有 {k} 次下一个字母抽到“{letter}”（{share}；概率 {p}，平均约 {expected} 次）**，其中 {w} 次（✓）写完了“Dumpty”",
    },
    "generator.fan.title.t0": {
        "en": "**Explore by the probabilities** at T = 0 (seed {seed}): all the probability is on the top character, so this is always taking the top too: **{k} of {n} drew “{letter}” next**, and all {n} write what the line above writes",
        "zh": "**根据概率探索**，但 T = 0（种子 {seed}）：概率全都给了得分最高的那个字符，所以这也是直接选最高的：**{n} 次里有 {k} 次下一个字母抽到“{letter}”**，{n} 次都和上面那一行写的一样",
    },
    "generator.fan.title.other.t0": {
        "en": "**Explore by the probabilities** at T = 0 (seed {seed}): all the probability is on the top character, so all {n} draws write what the line above writes",
        "zh": "**根据概率探索**，但 T = 0（种子 {seed}）：概率全都给了得分最高的那个字符，所以 {n} 次都和上面那一行写的一样",
    },
    "generator.fan.few": {
        "en": "Only {n} draws: the count of “{letter}” swings around that average from one seed to the next.",
        "zh": "只抽了 {n} 次，所以抽到“{letter}”的次数会随种子不同，在平均数上下摆动。",
    },
    "generator.fan.heat": {
        "en": "At T = {t} the draws use u {u}, m {m} and the other {k} characters {rest} together (at T = 1: {u1}, {m1}, {rest1}).",
        "zh": "T = {t} 时，抽取用的概率是：u {u}，m {m}，其余 {k} 个字符合计 {rest}（T = 1 时：{u1}、{m1}、{rest1}）。",
    },
    "generator.fan.heat.tail": {
        "en": "Each of those {k} is rare, but heat brings every character closer to the same chance, so together they win most draws.",
        "zh": "这 {k} 个字符每个都很少见，但温度越高，每个字符的机会就越接近，它们加在一起就抽中了大多数。",
    },
    "generator.fan.key": {
        "en": "✓ wrote “Dumpty” as a whole word, with no letter straight after it. The stronger a character’s colour, the surer the model was of it.",
        "zh": "✓ 表示写出了完整的单词“Dumpty”，后面没有紧跟别的字母。字符的颜色越浓，模型对它越有把握。",
    },
    "generator.fan.article": {
        "en": "Only the letter right after “{prompt}” comes from the article’s numbers; every letter after that comes from the model under Model settings.",
        "zh": "只有紧跟在“{prompt}”后面的那一个字母用的是文章里的数字；再往后的每个字母都来自“模型设置”里的模型。",
    },
    "generator.fan.shade": {
        "en": "The stronger a character’s colour, the surer the model was of it.",
        "zh": "字符的颜色越浓，模型对它越有把握。",
    },
    "generator.fan.title.other": {
        "en": "**Explore by the probabilities** (T = {t}, seed {seed}): {n} continuations",
        "zh": "**根据概率探索**（T = {t}，种子 {seed}）：{n} 个接着写的结果",
    },
    "generator.seed": {
        "en": "Random seed (another seed, 20 other draws)",
        "zh": "随机种子（换一个种子，就换一组 20 次抽取）",
    },
    "generator.seed.name": {"en": "Random seed", "zh": "随机种子"},  # in a message
    "generator.seed.help": {
        "en": "Same seed and settings, same draws. Draw i uses its own random numbers from the seed; the first draw is also the text the step-by-step view below writes.",
        "zh": "种子和设置相同，抽出的结果就相同。第 i 次抽取用的是由种子决定的一串随机数；第一次抽取也正是下面“一步一步写”写出的文字。",
    },
    "generator.scores.note": {
        "en": "The article calls u 0.5, m 0.45 and 0.05 for the rest “scores”. They already add up to 1, so they are really probabilities: what softmax gives out, not what goes in. With the switch below off, the draws above use them as probabilities.",
        "zh": "文章把 u 0.5、m 0.45、其余 0.05 叫作“得分”。这三个数加起来正好是 1，所以它们其实已经是概率：是 Softmax 的输出，而不是输入。下面的开关关着时，上面的抽取就把它们当作概率来用。",
    },
    "generator.scores.toggle": {
        "en": "Use 0.5, 0.45, 0.05 themselves as scores",
        "zh": "直接把 0.5、0.45、0.05 当作分数",
    },
    "generator.scores.flat": {
        "en": "Fed to softmax as scores, the gaps are tiny (at most 0.45), so the result is much flatter (at T = 1): u {u}, m {m}, all the others {rest} together.",
        "zh": "如果把它们直接当作分数交给 Softmax，它们之间的差距很小（最多只差 0.45），结果就平缓得多（T = 1 时）：u {u}，m {m}，其他字符合计 {rest}。",
    },
    "generator.scores.on.t1": {
        "en": "The draws above now use these probabilities: more of them go astray.",
        "zh": "上面的抽取现在用的就是这组概率：走偏的更多了。",
    },
    "generator.scores.on.t": {
        "en": "The draws above are at T = {t}: the line under them gives the shares they use there.",
        "zh": "上面的抽取用的是 T = {t}：它们下面那一行写着这时用的概率。",
    },
    "generator.scores.on.t0": {
        "en": "The draws above are at T = 0: each one takes u, the top, with the switch on or off.",
        "zh": "上面的抽取用的是 T = 0：每次都直接选得分最高的 u，开关开不开都一样。",
    },
    "generator.backtrack": {
        "en": "The article says that after a wrong letter the model “can backtrack and fix it”. A model that writes by drawing never takes a character back: once “{text}” is written, every next step starts from it. Here its likeliest next letters are {top}, and always taking the top goes on “{greedy}”: the extra u stays. (Methods that keep several drafts at once, like beam search on the page “{compare}”, can drop a bad draft; that is the closest thing to going back.)",
        "zh": "文章说，写错一个字母后，模型“可以回头改正”。其实按概率一个一个往下写的模型，从来不会收回已经写下的字符：一旦写出“{text}”，之后每一步都从它接着写。这里它接下来最可能写的是{top}；如果每一步都直接选最高，会写成“{greedy}”：多出来的那个 u 一直留在那里。（同时保留几份草稿的方法，比如“{compare}”那一页上的束搜索，可以丢掉写坏的那份草稿，这是最接近“回头”的做法。）",
    },
    "generator.trained.greedy.yes": {
        "en": "So always taking the top writes “{word}” too.",
        "zh": "所以直接选最高也会写出“{word}”。",
    },
    "generator.trained.greedy.no": {
        "en": "Always taking the top does not write “{word}” here.",
        "zh": "这里直接选最高写不出“{word}”。",
    },
    "generator.article.elsewhere": {
        "en": "The article’s numbers are only for the place right after “{prompt}”. After “{tail}”, as almost everywhere, the probabilities come from the model trained on the rhymes: this choice only matters where a text reaches “{prompt}”.",
        "zh": "文章里的数字只用在紧跟“{prompt}”的那个位置。在“{tail}”后面，和几乎所有位置一样，概率都来自用童谣训练的模型：只有写到“{prompt}”的地方，这个选择才起作用。",
    },
    "generator.trained.note": {
        "en": "The model trained on the rhymes has read “Humpty Dumpty” many times: after “{tail}” it gives “{letter}” {p} (at T = 1). {greedy} At T = {t}, {share} of the draws above write it. The article’s numbers make the choice a close call, which is where greedy and drawing part ways.",
        "zh": "用童谣训练的模型读过很多遍“Humpty Dumpty”：在“{tail}”后面，它给“{letter}”的概率是 {p}（T = 1 时）。{greedy}T = {t} 时，上面的抽取里有 {share} 写出了它。文章里的数字让这一步成了势均力敌的选择，直接选最高和按概率抽正是在这里分道扬镳。",
    },
    "generator.deeper": {
        "en": "Go deeper: write it step by step, or choose each letter yourself",
        "zh": "深入一点：一步一步地写，或者自己选每个字母",
    },
    "generator.deeper.intro": {
        "en": "One character at a time, with the probabilities each draw used; the text is the first of the draws above.",
        "zh": "一次写一个字符，并看到每次抽取用的概率；写出的文字就是上面的第一次抽取。",
    },
    "generator.step": {"en": "Step", "zh": "走一步"},
    "generator.run": {"en": "Run {n} steps", "zh": "连走 {n} 步"},
    "generator.run.one": {"en": "Run 1 step", "zh": "连走 1 步"},
    "generator.run_n": {"en": "Steps per run (1–{max})", "zh": "每次连走步数（1–{max}）"},
    # In a message, which gives the range again: the label's own range would say it twice.
    "generator.run_n.name": {"en": "Steps per run", "zh": "每次连走步数"},
    "generator.undo": {"en": "Undo", "zh": "撤销"},
    "generator.reset": {"en": "Reset", "zh": "重来"},
    "generator.play": {"en": "Play", "zh": "自动播放"},
    "generator.stop": {"en": "Stop", "zh": "停止"},
    "generator.count": {"en": "Characters generated", "zh": "已生成字符"},
    "generator.count.value": {"en": "{n} / {max}", "zh": "{n} / {max}"},
    "generator.kept": {
        "en": "Showing the text generated before the problem above; fix the input to continue.",
        "zh": "下面显示的是出问题之前生成的文字；修正上面的输入后即可继续。",
    },
    "generator.text.title": {
        "en": "The text so far (stronger colour = the model was surer)",
        "zh": "目前的文字（颜色越浓，模型越有把握）",
    },
    "generator.text.hover": {"en": "step {step}: “{char}”, p = {p}", "zh": "第 {step} 步：“{char}”，p = {p}"},
    # said to a screen reader ({char}: “u”, or a space or a new line in words: said.space, said.newline)
    "generator.said": {"en": "step {step}: {char}, p = {p}", "zh": "第 {step} 步：{char}，p = {p}"},
    "generator.chart.bars.title": {
        "en": "Last step: after “{context}”",
        "zh": "上一步：“{context}”之后各字符的概率",
    },
    "generator.chart.bars.preview": {
        "en": "Next step: after “{context}”",
        "zh": "下一步：“{context}”之后各字符的概率",
    },
    "generator.chart.bars.x": {
        "en": "next character (␣ space, ↵ new line)",
        "zh": "下一个字符（␣ 空格，↵ 换行）",
    },
    "generator.chart.bars.y": {"en": "probability", "zh": "概率"},
    "generator.chart.bars.model": {
        "en": "model (T = 1, dashed outline)",
        "zh": "模型原始概率（T = 1，虚线框）",
    },
    "generator.chart.bars.article": {
        "en": "the article’s numbers (T = 1, dashed outline)",
        "zh": "文章里的数字（T = 1，虚线框）",
    },
    "generator.chart.bars.article.scores": {
        "en": "the article’s numbers as scores, after softmax (T = 1, dashed outline)",
        "zh": "文章里的数字当作分数、经过 Softmax 后（T = 1，虚线框）",
    },
    "generator.chart.bars.drawn": {
        "en": "drawn from (after temperature)",
        "zh": "调过温度后、实际用来抽的概率",
    },
    "generator.chart.bars.chosen": {"en": "chosen", "zh": "选中"},
    "generator.chart.other": {"en": "other", "zh": "其他"},
    "generator.chart.cdf.title": {
        "en": "The draw: where the random number r lands",
        "zh": "抽签：随机数 r 落在哪个字符的那一段",
    },
    "generator.chart.cdf.x": {
        "en": "probabilities added up (in vocabulary order)",
        "zh": "概率一段接一段累加（按字符表顺序）",
    },
    "generator.chart.cdf.u": {"en": "r = {u}", "zh": "r = {u}"},
    "generator.history.none": {
        "en": "No steps yet: each step you take is recorded here, with the numbers behind it.",
        "zh": "还没有走过一步：之后每走一步，这里都会记下它和它背后的数字。",
    },
    "generator.step.none": {
        "en": "No step yet: press Step to draw the next character from these probabilities.",
        "zh": "还没开始：按“走一步”，就会按这些概率抽出下一个字符。",
    },
    "generator.step.sample": {
        "en": "The draw: a random number r = {u} (between 0 and 1) lands in the slice of “{char}”, which had probability {p}.",
        "zh": "按概率抽：随机数 r = {u}（0 到 1 之间），落在“{char}”的那一段里，“{char}”的概率是 {p}。",
    },
    "generator.step.greedy": {
        "en": "Always the top: no random number; the most likely character “{char}” (p = {p}) is always taken.",
        "zh": "直接选最高：不抽随机数，总是选最可能的字符“{char}”（p = {p}）。",
    },
    "generator.step.picked": {
        "en": "You chose “{char}” yourself; the model gave it p = {p}.",
        "zh": "这个“{char}”是你亲手选的，模型给它的概率是 {p}。",
    },
    "generator.view.draw": {"en": "This step’s draw", "zh": "这一步的抽取"},
    "generator.pick.title": {"en": "Choose it yourself", "zh": "自己来选"},
    "generator.pick": {"en": "Next character (with its probability)", "zh": "下一个字符（及其概率）"},
    "generator.pick.help": {
        "en": "Write a character of your choice instead of drawing one, e.g. take “u” after “Humpty Du” and see what the model does next.",
        "zh": "不按概率抽，直接写下你选的字符。比如在“Humpty Du”后面选“u”，看看模型接下来怎么办。",
    },
    "generator.pick.button": {"en": "Write it", "zh": "写下它"},
    "generator.history": {"en": "Step history", "zh": "每一步的记录"},
    "generator.col.step": {"en": "step", "zh": "步"},
    "generator.col.context": {"en": "context", "zh": "上下文"},
    "generator.col.char": {"en": "char", "zh": "字符"},
    "generator.col.p": {"en": "p (model)", "zh": "概率（模型）"},
    "generator.col.p_t": {"en": "p (drawn from)", "zh": "概率（实际抽取）"},
    "generator.col.u": {"en": "r", "zh": "r"},
    "generator.col.entropy": {"en": "entropy (bits)", "zh": "熵（比特）"},
    "generator.col.how": {"en": "how", "zh": "方式"},
    "generator.col.p.help": {
        "en": "The probability the model itself gave this character (at temperature 1).",
        "zh": "模型本来给这个字符的概率（温度为 1 时）。",
    },
    "generator.col.p_t.help": {
        "en": "The probability a draw uses for this character, after the temperature: at T = 1 the same as p (model); at T = 0, 1 for the top character.",
        "zh": "调过温度后、抽签时这个字符的概率：温度为 1 时和“概率（模型）”一样；温度为 0 时，最高的那个字符是 1。",
    },
    "generator.col.u.help": {
        "en": "The random number between 0 and 1 that chose this character: it landed in this character’s slice. A dash (—) when nothing was drawn (always the top, or your own pick).",
        "zh": "选出这个字符的随机数（0 到 1 之间）：它落在了这个字符的那一段里。没有抽签时（直接选最高，或你自己选的）这里显示 —。",
    },
    "generator.col.entropy.help": {
        "en": "How unsure the model was at this step (at temperature 1): 0 bits when one character is certain, largest when all are equally likely. 1 bit is as unsure as one fair coin toss.",
        "zh": "这一步模型有多拿不准（温度为 1 时）：只有一个字符可能时是 0 比特，所有字符一样可能时最大。1 比特就像猜一次抛硬币那么拿不准。",
    },
    "generator.how.greedy": {"en": "top", "zh": "选最高"},
    "generator.how.sample": {"en": "drawn", "zh": "按概率抽"},
    "generator.how.picked": {"en": "your pick", "zh": "你选的"},
    "generator.download": {"en": "Download the table (CSV)", "zh": "下载表格（CSV 文件）"},
    "generator.err.replay": {
        "en": "The text could not be rebuilt from these settings (a hand-picked character is unknown to this model). Press Reset to start again.",
        "zh": "无法用这组设置重现文字（有一个亲手选的字符，这个模型不认识）。请按“重来”重新开始。",
    },
    "generator.err.bad_url": {
        "en": "Part of this link was not understood (number of steps or hand-picked characters) and was ignored.",
        "zh": "这个链接里有一部分（步数或亲手选的字符）无法识别，已被忽略。",
    },
}

TEXTS: dict[str, dict[str, str]] = {**MODEL, **GENERATOR}
