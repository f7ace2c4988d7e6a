"""Shared test set-up: a Hypothesis profile that fits a 2-core CI machine, and figure validation."""

from hypothesis import HealthCheck, settings

from core.charts import style

# The app builds figures without Plotly's property checks (they cost more than the rest of a
# rerun); every figure built under test, by a chart test or by a page in AppTest, is checked.
style.VALIDATE = True

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")
