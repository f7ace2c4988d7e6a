"""Page folders: each holds its page script (page.py, run by st.navigation) and the helpers only it uses."""
