"""The Streamlit front end of Resonance: thin pages, pure chart builders."""
