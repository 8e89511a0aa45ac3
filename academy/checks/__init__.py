"""Per-chapter checks for the visible test cells, built from academy.feedback.

Each chapter has a module here; a check reads the trainee's variable from the
notebook, names the mistake in one Dutch sentence, or confirms the answer.
The right answers are computed from the data, never typed into a notebook.
"""
