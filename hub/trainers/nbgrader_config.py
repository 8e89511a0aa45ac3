"""nbgrader for a trainer on the hub: the course directory ~/cursus (a clone of the repository).

The hub puts this folder on JUPYTER_CONFIG_PATH of trainers only (hub/jupyterhub_config.py), and
the course directory on PYTHONPATH, so the formgrader reads the course's own nbgrader_config.py.
"""

import os

c = get_config()  # noqa: F821 (provided by nbgrader)
course = os.path.expanduser("~/cursus")
c.CourseDirectory.root = course
if os.path.exists(os.path.join(course, "nbgrader_config.py")):
    load_subconfig(os.path.join(course, "nbgrader_config.py"))  # noqa: F821 (provided by traitlets)
