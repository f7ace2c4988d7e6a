"""Texts of the attention page: softmax's other job (article section 04): weights over the words a word looks at."""

TEXTS: dict[str, dict[str, str]] = {
    "attention.intro": {
        "en": "In a transformer (the design behind today’s large language models) each word compares its question, the query q, with every word’s label, the key k, and softmax turns those similarity scores into weights that add up to 1. Move the scale: it is temperature in disguise.",
        "zh": "在 Transformer（今天的大语言模型都用这种结构）里，每个词拿自己的问题（查询 q）去和每个词的标签（键 k）比较，Softmax 把这些相似度分数变成加起来等于 1 的权重。拖动缩放系数试试：它其实就是换了个样子的温度。",
    },
    "attention.scale": {"en": "Scale λ (like 1 ÷ temperature)", "zh": "缩放系数 λ（相当于 1 ÷ 温度）"},
    "attention.scale.help": {
        "en": "Multiplies every score. 0 gives every key the same weight; larger values make attention sharper.",
        "zh": "把每个分数乘上这个数。0 让每个键的权重都一样；越大，注意力越集中。",
    },
    "attention.temperature": {
        "en": "Temperature again: multiplying the scores by λ is dividing them by T = 1/λ. The larger λ, the lower the temperature, and the more the attention gathers on the keys that fit the query best; λ = 0 is an infinite temperature: every key weighs the same. Keys that fit almost equally well keep sharing it until λ is much larger, like the article’s restaurants rated 4.9 and 4.7.",
        "zh": "又是温度：把分数乘上 λ，就等于除以温度 T = 1/λ。λ 越大，温度越低，注意力就越集中到和查询最相配的键上；λ = 0 就是温度无穷大：所有键一样重。相配程度差不多的几个键，要等 λ 大得多才分得出高下，就像文章里评分 4.9 和 4.7 的两家餐厅。",
    },
    "attention.formula.caption": {
        "en": "q · k multiplies the matching numbers of q and a key k and adds them up (for (1, 0.5) and (2, 1): 1 × 2 + 0.5 × 1 = 2.5): the better they match, the larger it is. λ is the scale you set above; d is how many numbers each vector (a list of numbers) holds, here 2; o, the word’s new meaning, is the weighted average of the values v.",
        "zh": "q · k 是把 q 和一个键 k 对应位置的数相乘再相加（比如 (1, 0.5) 和 (2, 1)：1 × 2 + 0.5 × 1 = 2.5），越匹配，这个数越大。λ 是上面设置的缩放系数；d 是每个向量（一组数）里有几个数，这里是 2；o 是这个词的新含义，也就是各个值 v 的加权平均。",
    },
    "attention.explain": {
        "en": "The word’s new meaning is the weighted average of every word’s content (the values v, its own included), so softmax decides whom to listen to and how much.",
        "zh": "这个词的新含义，就是每个词的内容（值 v，也包括它自己的）的加权平均，所以 Softmax 决定了该听谁的、听多少。",
    },
    "attention.deeper": {"en": "Change the query and the keys", "zh": "改一改查询和键"},
    "attention.deeper.result": {
        "en": "With this query and these keys, the most attended key is {key} ({w}); every weight is in the chart at the top of the page.",
        "zh": "用这个查询和这些键，最受关注的键是 {key}（{w}）；所有的权重都在页面最上面的图里。",
    },
    "attention.deeper.result.even": {
        "en": "With this query and these keys, every key gets the same weight: 1/{n} = {w}.",
        "zh": "用这个查询和这些键，每个键的权重都一样：1/{n} = {w}。",
    },
    "attention.deeper.result.tied": {
        "en": "With this query and these keys, {n} keys share the most attention, {w} each; every weight is in the chart at the top of the page.",
        "zh": "用这个查询和这些键，有 {n} 个键并列最受关注，各 {w}；所有的权重都在页面最上面的图里。",
    },
    "attention.fix_below": {
        "en": "Nothing to weigh yet: a value under “Change the query and the keys” needs fixing (the message is there).",
        "zh": "还没法算权重：“改一改查询和键”里有个地方要改（红色提示写了是哪儿）。",
    },
    "attention.deeper.sentence": {
        "en": "Turn the query towards a key, or edit the table, and that key’s weight grows.",
        "zh": "把查询转向某个键，或者改一改表格，那个键的权重就会变大。",
    },
    "attention.query": {"en": "Query q (x, y)", "zh": "查询 q（x, y）"},
    "attention.query.help": {
        "en": "Two numbers separated by a comma or a space, e.g. 1, 0.5.",
        "zh": "两个数，用逗号或空格隔开，例如 1, 0.5。",
    },
    "attention.table": {"en": "Keys and values table", "zh": "键和值的表格"},
    "attention.table.help": {
        "en": "One row per key (its 2-D key vector and its 2-D value vector). Click a cell to edit; add or delete rows ({min}–{max} keys).",
        "zh": "每行一个键（它的二维键向量和二维值向量）。点击单元格即可修改；可以添加或删除行（{min} 到 {max} 个键）。",
    },
    "attention.col.key": {"en": "key", "zh": "键"},
    "attention.col.kx": {"en": "key x", "zh": "键 x"},
    "attention.col.ky": {"en": "key y", "zh": "键 y"},
    "attention.col.v1": {"en": "value 1", "zh": "值 1"},
    "attention.col.v2": {"en": "value 2", "zh": "值 2"},
    "attention.equal": {
        "en": "All {n} scores are equal, so softmax spreads attention evenly: every key gets 1/{n}.",
        "zh": "{n} 个分数全都相等，所以 Softmax 把注意力平均分配：每个键都得到 1/{n}。",
    },
    "attention.m.top": {"en": "Most attended key (★)", "zh": "最受关注的键（★）"},
    "attention.m.top.tied": {"en": "{n} tied, {w} each", "zh": "{n} 个并列，各 {w}"},
    "attention.m.entropy": {"en": "How spread out (entropy, bits)", "zh": "注意力有多分散（熵，比特）"},
    "attention.m.entropy.range": {
        "en": "0 when one key takes it all, {max} when all keys weigh the same.",
        "zh": "全给一个键时是 0，各键平分时是 {max}。",
    },
    "attention.m.entropy.help": {
        "en": "Entropy measures how unsure the choice is: 0 when one key takes everything, largest when all keys weigh the same. A bit is the uncertainty of one fair coin toss.",
        "zh": "熵衡量拿不准的程度：只有一个键拿走全部时是 0，所有键一样重时最大。单位是比特，1 比特相当于猜一次抛硬币那么拿不准。",
    },
    "attention.m.output": {"en": "Output o (weighted average)", "zh": "输出 o（加权平均）"},
    "attention.c.w.rounded": {
        "en": "Each weight is shown to 3 decimals, so the ones shown add up to {total}; unrounded they add up to exactly 1.",
        "zh": "每个权重只显示到小数点后 3 位，所以显示出来的数加起来是 {total}；不四舍五入的话，它们加起来正好是 1。",
    },
    "attention.c.w.zero": {
        "en": "“0.000” is rounded: e to any power is above 0, so every key keeps a little weight (the smallest here is {w}).",
        "zh": "“0.000”是四舍五入的结果：e 的任何次方都大于 0，所以每个键都还留着一点权重（这里最小的是 {w}）。",
    },
    "attention.c.w.underflow": {
        "en": "“0.000”: worked out exactly, every weight is above 0, but the smallest here are too small for the computer, which stores them as 0.",
        "zh": "“0.000”：精确地算，每个权重都大于 0；但这里最小的几个太小了，计算机只能把它们存成 0。",
    },
    "attention.c.w.title": {"en": "Attention weights (they add up to 1)", "zh": "注意力权重（加起来等于 1）"},
    "attention.c.w.weights": {"en": "weight", "zh": "权重"},
    "attention.c.w.even": {"en": "even share 1/{n}", "zh": "平均分配：1/{n}"},
    "attention.c.vec.title": {
        "en": "Query and keys (size = weight)",
        "zh": "查询和键（点越大，权重越大）",
    },
    "attention.c.vec.query": {"en": "query q", "zh": "查询 q"},
    "attention.c.vec.keys": {"en": "keys k", "zh": "键 k"},
    "attention.c.val.title": {"en": "Values and weighted average", "zh": "值向量及其加权平均"},
    "attention.c.val.values": {"en": "values v", "zh": "值 v"},
    "attention.c.val.output": {"en": "output o", "zh": "输出 o"},
    "attention.c.sweep.title": {"en": "Each key’s weight as λ grows", "zh": "λ 变大时每个键的权重"},
    "attention.c.sweep.x": {"en": "scale λ", "zh": "缩放系数 λ"},
    # ------------------------------------------------------------------ bad input
    "attention.error.count": {
        "en": "{where}: needs exactly {expected} numbers separated by commas, but has {got}.",
        "zh": "{where}：需要正好 {expected} 个用逗号隔开的数，现在有 {got} 个。",
    },
    "attention.error.too_few_rows": {
        "en": "{where}: attention needs at least {minimum} keys to choose between, there are {got}. Add a row.",
        "zh": "{where}：注意力至少需要 {minimum} 个键来挑选，现在只有 {got} 个。请添加一行。",
    },
    "attention.error.too_many_rows": {
        "en": "{where}: at most {maximum} keys fit this example, there are {got}. Delete a row.",
        "zh": "{where}：这个例子最多容纳 {maximum} 个键，现在有 {got} 个。请删掉一行。",
    },
}
