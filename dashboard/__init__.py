"""The Streamlit front end of Resonance: thin pages, pure chart builders.

Importing the package adds the dashboard's own words (:mod:`dashboard.words`) to the one lookup,
:func:`resonance.i18n.t`: the dashboard knows the shared words, never the other way round.
"""

from dashboard.words import TEXTS
from resonance import i18n

i18n.register("dashboard", TEXTS)
