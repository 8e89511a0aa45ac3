"""The trainer's tools: the workflow for a cohort, as thin sequences of nbgrader's own commands.

A package of its own, apart from ``academy`` (what trainees run): the trainees' branch and the
JupyterLite wheel take ``academy`` whole and never this. It imports ``academy``, never the other way
round (tests/test_packages.py).

Run ``python -m academy_trainer --help`` from the course directory (the
repository root). One module per step:

- ``release``: the release's checks (no answer or trainer note in notebooks/) and the trainer-note preprocessor;
- ``course``: where the course lives, its nbgrader settings, running nbgrader;
- ``inbox``: filing downloaded notebooks as submissions (nbgrader zip_collect), the newest file of each trainee;
- ``broken``: handed-in files that cannot be graded, each said in one line;
- ``grading``: autograding a chapter in parallel worker processes, merged safely;
- ``forkserver``, ``forkkernel``: kernels forked from a warm server, for grading;
- ``sanitize``: what nbgrader's autograde must repair in a submission;
- ``feedback``, ``feedback_page``: the feedback a trainee gets back, as a Dutch page without hidden tests;
- ``stopping``: Ctrl-C, kill or a closed terminal stop a command cleanly, keeping what it finished;
- ``summary``: who submitted, who is missing, scores, what waits for the trainer;
- ``class_results``: the class's answers for the group discussion;
- ``printing``: the card deck and trainer sheet as print-ready PDFs (``python -m academy_trainer.printing``);
- ``cli``: the command line.
"""
