from streamlit.testing.v1 import AppTest
from streamlit.runtime.state.session_state import SessionState
import streamlit.runtime.state.session_state as ss
o = SessionState._seed_widget_from_url
def w(self, metadata, user_key, widget_id, url_value):
    print("SEED", user_key, url_value)
    return o(self, metadata, user_key, widget_id, url_value)
SessionState._seed_widget_from_url = w
at = AppTest.from_file("app.py", default_timeout=60)
at.query_params["generator_seed"] = "inf"
at.switch_page("app_pages/generator/page.py")
at.run()
print([w.value for w in at.warning], at.exception, dict(at.query_params))
