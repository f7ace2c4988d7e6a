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
        "en": "How many previous characters the model looks at. Contexts it never saw in the rhymes back off to shorter ones.",
        "zh": "模型往回看几个字符。童谣里从没出现过的上下文，会退回到更短的上下文。",
    },
    "model.smoothing": {"en": "Smoothing k (add-k)", "zh": "平滑系数 k（加 k 平滑）"},
    "model.smoothing.help": {
        "en": "Adds k to every count, so characters never seen after a context keep a small chance. From 0 to {max}.",
        "zh": "给每个计数都加上 k，让某个上下文后面从没出现过的字符也保留一点机会。取值 0 到 {max}。",
    },
    "model.more_chars": {"en": " … and {n} more", "zh": " …… 另有 {n} 个"},
    "model.err.empty_prompt": {
        "en": "The prompt is empty. Type a few characters for the model to continue, e.g. “Humpty Du”.",
        "zh": "开头文字是空的。请输入几个字符让模型接着写，例如 “Humpty Du”。",
    },
    "model.err.long_prompt": {
        "en": "The prompt has {n} characters; at most {max} are accepted. The model only reads the last few anyway — please shorten it.",
        "zh": "开头文字有 {n} 个字符，最多只接受 {max} 个。模型反正只看最后几个字符，请删短一些。",
    },
    "model.err.unknown_chars": {
        "en": "The model has never seen {n} character(s) of the prompt: {chars}. It learned only from English nursery rhymes — please remove or replace them.",
        "zh": "开头文字里有 {n} 个字符模型从没见过：{chars}。它只学过英文童谣，请删掉或换掉这些字符。",
    },
    "model.err.settings": {
        "en": "These model settings are not possible: the context length must be 1 to {ctx} characters and the smoothing k a number from 0 to {max}. Nothing was generated with them.",
        "zh": "这组模型设置不成立：上下文长度须在 1 到 {ctx} 个字符之间，平滑系数 k 须是 0 到 {max} 之间的数。没有用它们生成任何内容。",
    },
}

GENERATOR: dict[str, dict[str, str]] = {}

TEXTS: dict[str, dict[str, str]] = {**MODEL, **GENERATOR}
