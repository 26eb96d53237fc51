"""Event coding: PLOVER/CAMEO typing, actors, dates, places and tone."""
