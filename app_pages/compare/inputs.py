"""The compare page's number boxes: their keys, labels, defaults and ranges (``ui.number_box``)."""

from __future__ import annotations

from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH, MAX_SAMPLES
from ui.number_box import Field

# The compare page's boxes: key, label, default, whole number?, range, help; a filter's messages name it
# by its short name (its label already ends in a colon's worth of explanation).
LENGTH = Field("compare_length", "compare.length", "100", True, 1, MAX_LENGTH, help="compare.length.help",
               help_values=(("max", MAX_LENGTH),))  # fmt: skip
TOP_K = Field("compare_top_k", "compare.top_k", "10", True, 1, 10_000, help="compare.top_k.help",
              name="compare.top_k.name")  # fmt: skip
TOP_P = Field("compare_top_p", "compare.top_p", "0.9", False, 0, 1, help="compare.top_p.help",
              low_open="compare.error.top_p", name="compare.top_p.name")  # p = 0 keeps nothing  # fmt: skip
MIN_P = Field("compare_min_p", "compare.min_p", "0.1", False, 0, 1, help="compare.min_p.help",
              name="compare.min_p.name")  # fmt: skip
BEAM = Field("compare_beam", "compare.beam", "4", True, 1, MAX_BEAM_WIDTH, help="compare.beam.help",
             help_values=(("max", MAX_BEAM_WIDTH),))  # fmt: skip
N = Field("compare_n", "compare.n", "1000", True, 1, MAX_SAMPLES, help="compare.n.help",
          help_values=(("max", f"{MAX_SAMPLES:,}"),))  # fmt: skip
SEED = Field("compare_seed", "compare.seed", "0", True, 0, 2**32 - 1, help="compare.seed.help")
