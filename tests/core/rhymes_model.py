"""The model the generation tests share: context 4 on the rhymes, and the article's example over it.

Built once per process here, so the two test modules that use it (the article's example, the
generation steps) start from the same model and do not each repeat its set-up.
"""

from core.article_example import ArticleExample
from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus

SETTINGS = ModelSettings(context=4, smoothing=0.05)
MODEL = build_model(load_corpus(), SETTINGS)
ARTICLE = ArticleExample(MODEL)
C = SETTINGS.context
