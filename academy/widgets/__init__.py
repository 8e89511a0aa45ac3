"""The course's widgets: each a pure-Python model plus a thin ipywidgets view."""
