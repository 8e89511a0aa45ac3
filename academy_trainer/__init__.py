"""The trainer's workflow for a cohort, as thin sequences of nbgrader's own commands.

Run ``python -m academy_trainer --help`` from the course directory (the
repository root). One module per step:

- ``course``: where the course lives, its nbgrader settings, running nbgrader;
- ``inbox``: filing downloaded notebooks as submissions (nbgrader zip_collect), the newest file of each trainee;
- ``broken``: handed-in files that cannot be graded, each said in one line;
- ``grading``: autograding a chapter in parallel worker processes, merged safely;
- ``stopping``: Ctrl-C, kill or a closed terminal stop a command cleanly, keeping what it finished;
- ``summary``: who submitted, who is missing, scores, what waits for the trainer;
- ``class_results``: the class's answers for the group discussion;
- ``cli``: the command line.
"""
