"""The home page: page.py is the script st.navigation runs; the other modules are its helpers."""
