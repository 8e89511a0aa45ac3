"""A JupyterHub classroom on one machine: the users' environment, the hub's folders, accounts, start.

    python -m tools.hub install           # the users' environment under /opt/academy-hub (skipped when unchanged)
    python -m tools.hub prepare           # the hub's folders: /srv/academy-hub, the exchange /srv/nbgrader/exchange
    python -m tools.hub trial             # make hub: a trial hub on http://127.0.0.1:8000 with two accounts

The users' environment is a venv made from Debian's ``/usr/bin/python3``: a Python under
``/root`` cannot be read by the users whose servers the hub starts. It holds
``hub/requirements.txt`` (JupyterHub, JupyterLab, nbgrader, nbgitpuller and what the chapters
import), the trainees' package ``academy`` with the data inside (the JupyterLite wheel,
``tools/lite.py``: not the trainers' ``academy_trainer``), and configurable-http-proxy from npm
(``hub/package.json``). ``hub/jupyterhub_config.py`` reads its folders from the ``ACADEMY_HUB_*``
variables that :func:`hub_environment` sets. Everything here needs root.
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUB = ROOT / "hub"
OPT = Path(os.environ.get("ACADEMY_HUB_OPT", "/opt/academy-hub"))
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's 3.11: every user can read it
TRAINEES, TRAINERS = "cursisten", "docenten"
COURSE_FOLDER = "cursus"  # the trainer's course directory in their home (hub/trainers/nbgrader_config.py)
COURSE_FILES = ("academy", "academy_trainer", "source", "notebooks", "data", "nbgrader_config.py", "pyproject.toml")
# THE place for the trainees' Lab settings (ACADEMY_HUB_LAB_SETTINGS overrides it): a Jupyter config folder
# (labconfig/page_config.json, jupyter_server_config.json, settings/overrides.json for Lab's defaults).
LAB_SETTINGS = ROOT / "lab"  # the same folder as `make lab` (docs/jupyterhub.md)
TRAINER_SETTINGS = HUB / "trainers"
EXCHANGE_MODE = 0o1777  # nbgrader's docs: everyone may write; the sticky bit keeps others' files safe


def env_dir(opt: Path = OPT) -> Path:
    return opt / "env"


def proxy_command(opt: Path = OPT) -> Path:
    return opt / "proxy" / "node_modules" / ".bin" / "configurable-http-proxy"


def _inputs(root: Path = ROOT) -> list[tuple[str, Path]]:
    from tools import trainee_tree

    files = [HUB / "requirements.txt", HUB / "package.json", HUB / "package-lock.json",
             *trainee_tree.package_files(root), *trainee_tree.data_files(root)]
    return [(p.relative_to(root).as_posix(), p) for p in files]


def _run(*args, **kwargs) -> None:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")


def install(opt: Path = OPT) -> Path:
    """Build (or reuse) the users' environment and the proxy under ``opt``; its bin folder."""
    from tools.digest import inputs_digest
    from tools.lite import build_wheel

    env = env_dir(opt)
    stamp = opt / "installed.sha256"
    digest = inputs_digest(_inputs())
    if stamp.exists() and stamp.read_text() == digest and (env / "bin" / "jupyterhub").exists():
        return env / "bin"
    if not SYSTEM_PYTHON.exists():
        raise RuntimeError(f"{SYSTEM_PYTHON} is missing: install Debian's python3 and python3-venv")
    opt.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    if not (env / "bin" / "python").exists():
        _run(SYSTEM_PYTHON, "-m", "venv", env)
    pip = [env / "bin" / "python", "-m", "pip", "--disable-pip-version-check"]
    _run(*pip, "install", "--quiet", "-r", HUB / "requirements.txt")
    with tempfile.TemporaryDirectory() as tmp:
        _run(*pip, "install", "--quiet", "--no-deps", "--force-reinstall", build_wheel(Path(tmp)))
    proxy = opt / "proxy"
    proxy.mkdir(exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(HUB / name, proxy / name)
    _run("npm", "ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error", cwd=proxy)
    _run("chmod", "-R", "a+rX,go-w", opt)
    stamp.write_text(digest)
    return env / "bin"


def course_id(root: Path = ROOT) -> str:
    """The nbgrader course id of the repository's nbgrader_config.py."""
    found = re.search(r'course_id\s*=\s*"([^"]+)"', (root / "nbgrader_config.py").read_text(encoding="utf-8"))
    return found.group(1)


def pulled_folder(root: Path = ROOT) -> str:
    """The folder nbgitpuller makes in a trainee's home: the repository's name in ``_config.yml``."""
    import yaml

    url = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))["repository"]["url"]
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")


NBGRADER_CONFIG = '''\
"""nbgrader on this hub, for every user (written by python -m tools.hub prepare)."""
import os

c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course_id!r}
c.Exchange.root = {exchange!r}
c.Exchange.timezone = "Europe/Amsterdam"
# A trainee's chapters are where the site's JupyterHub button (nbgitpuller) puts them, so the
# Assignments tab submits that notebook and fetches the feedback next to it.
c.Exchange.assignment_dir = os.path.expanduser("~/{folder}/notebooks")
'''


def prepare(hub_dir: Path, exchange: Path) -> None:
    """The hub's folders: ``state`` (secrets, root only), ``jupyter`` (nbgrader config for all), the exchange."""
    hub_dir.mkdir(parents=True, exist_ok=True)
    hub_dir.chmod(0o755)
    (hub_dir / "state").mkdir(exist_ok=True)
    (hub_dir / "state").chmod(0o700)
    shared = hub_dir / "jupyter"
    shared.mkdir(exist_ok=True)
    shared.chmod(0o755)
    (shared / "nbgrader_config.py").write_text(
        NBGRADER_CONFIG.format(course_id=course_id(), exchange=str(exchange), folder=pulled_folder()))
    exchange.mkdir(parents=True, exist_ok=True)
    exchange.chmod(EXCHANGE_MODE)


def user_environment(home: Path, trainer: bool, hub_dir: Path, env: Path, lab_settings: Path = LAB_SETTINGS) -> dict:
    """What a user's server runs with (and so the trainer command in a terminal of it).

    The users' environment first on PATH (nbgrader runs alembic by name); nbgrader's shared config. A
    trainer also gets the course directory on PYTHONPATH (its own academy, with the trainers' modules,
    and its nbgrader_config.py for the formgrader); a trainee the course's Lab settings."""
    environment = {"PATH": f"{env / 'bin'}:/usr/local/bin:/usr/bin:/bin"}
    if trainer:
        environment["PYTHONPATH"] = str(home / COURSE_FOLDER)
        environment["JUPYTER_CONFIG_PATH"] = f"{TRAINER_SETTINGS}:{hub_dir / 'jupyter'}"
    else:
        environment["JUPYTER_CONFIG_PATH"] = f"{lab_settings}:{hub_dir / 'jupyter'}"
    return environment


def hub_environment(hub_dir: Path, opt: Path = OPT, **settings: str) -> dict:
    """The environment ``hub/jupyterhub_config.py`` reads; ``settings`` as ACADEMY_HUB_<NAME>."""
    env = {"ACADEMY_HUB_DIR": str(hub_dir), "ACADEMY_HUB_ENV": str(env_dir(opt)),
           "ACADEMY_HUB_PROXY": str(proxy_command(opt))}
    env.update({f"ACADEMY_HUB_{name.upper()}": str(value) for name, value in settings.items()})
    return {**os.environ, **env, "PATH": f"{env_dir(opt) / 'bin'}:{os.environ.get('PATH', '/usr/bin:/bin')}"}


def start(hub_dir: Path, opt: Path = OPT, **settings: str) -> subprocess.Popen:
    """Start JupyterHub (as root, in its own process group); its log goes to ``<hub dir>/hub.log``."""
    log = (hub_dir / "hub.log").open("ab")
    return subprocess.Popen([str(env_dir(opt) / "bin" / "jupyterhub"), "-f", str(HUB / "jupyterhub_config.py")],
                            cwd=hub_dir / "state", env=hub_environment(hub_dir, opt, **settings),
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def ensure_group(group: str) -> None:
    if subprocess.run(["getent", "group", group], capture_output=True).returncode != 0:
        _run("groupadd", group)


def add_user(name: str, group: str, password: str) -> Path:
    """A Linux account in ``group`` with ``password`` and a private home folder; its home."""
    ensure_group(group)
    if subprocess.run(["id", name], capture_output=True).returncode != 0:
        _run("useradd", "--create-home", "--shell", "/bin/bash", "--groups", group, name)
    _run("chpasswd", input=f"{name}:{password}\n")
    home = Path(pwd.getpwnam(name).pw_dir)
    home.chmod(0o700)
    return home


def remove_user(name: str) -> None:
    if subprocess.run(["id", name], capture_output=True).returncode == 0:
        subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        _run("userdel", "--remove", name)


def give_course(trainer: str, root: Path = ROOT) -> Path:
    """A copy of the course (sources, notebooks, the full academy) as ``~trainer/cursus``, owned by the trainer.

    On a real hub the trainer clones the repository there (docs/jupyterhub.md)."""
    home = Path(pwd.getpwnam(trainer).pw_dir)
    course = home / COURSE_FOLDER
    shutil.rmtree(course, ignore_errors=True)
    course.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "_data")
    for name in COURSE_FILES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, course / name, ignore=ignore)
        else:
            shutil.copy2(source, course / name)
    _run("chown", "-R", f"{trainer}:", course)
    return course


def trainees_repository(where: Path, root: Path = ROOT) -> str:
    """A bare git repository ``where/<name>`` with the trainees' branch pushed (tools/trainee_tree.py); its path."""
    from tools import trainee_tree

    repo = where / pulled_folder(root)
    if not repo.exists():
        _run("git", "init", "--quiet", "--bare", repo)
    trainee_tree.push(root, remote=str(repo))
    _run("chmod", "-R", "a+rX", where)
    return str(repo)


def serve_repositories(where: Path, port: int) -> tuple[subprocess.Popen, str]:
    """``git daemon`` serving the repositories in ``where`` read-only; it and the URL of the trainees' one.

    Served, not cloned from the path: git refuses a repository owned by another user (root)."""
    daemon = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", "--listen=127.0.0.1",
                               f"--port={port}", f"--base-path={where}", str(where)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    return daemon, f"git://127.0.0.1:{port}/{pulled_folder()}"


def trial(hub_dir: Path, port: int) -> None:
    """``make hub``: the hub on 127.0.0.1 with a trainer and a trainee account, until Ctrl+C."""
    from urllib.parse import quote

    install()
    prepare(hub_dir, hub_dir / "exchange")
    passwords = {}
    for name, group in (("proef-docent", TRAINERS), ("proef-cursist", TRAINEES)):
        passwords[name] = secrets.token_urlsafe(9)
        add_user(name, group, passwords[name])
    give_course("proef-docent")
    trainees_repository(hub_dir / "git")
    daemon, repo = serve_repositories(hub_dir / "git", port + 1)
    from tools.trainee_tree import trainee_branch

    link = (f"http://127.0.0.1:{port}/hub/user-redirect/git-pull?repo={quote(repo)}"
            f"&urlpath=lab/tree/{pulled_folder()}/notebooks/01-databasespel/databasespel.ipynb"
            f"&branch={trainee_branch()}")
    print(f"JupyterHub: http://127.0.0.1:{port}/  (Ctrl+C stops it; its log: {hub_dir / 'hub.log'})")
    for name, password in passwords.items():
        print(f"  account {name}  password {password}")
    print(f"Chapter 1 as the site's button opens it (the trainees' branch served by git daemon at {repo}):\n  {link}")
    print("Trainer: in a terminal of proef-docent, cd ~/cursus && python -m academy_trainer release "
          "01-databasespel --exchange")
    hub = start(hub_dir, port=str(port))
    try:
        hub.wait()
    except KeyboardInterrupt:
        hub.terminate()
        hub.wait()
    finally:
        daemon.terminate()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help="build the users' environment and the proxy under /opt/academy-hub")
    prepare_command = commands.add_parser("prepare", help="the hub's folders and the exchange")
    prepare_command.add_argument("--dir", type=Path, default=Path("/srv/academy-hub"))
    prepare_command.add_argument("--exchange", type=Path, default=Path("/srv/nbgrader/exchange"))
    trial_command = commands.add_parser("trial", help="a trial hub on 127.0.0.1 with two accounts (make hub)")
    trial_command.add_argument("--dir", type=Path, default=Path("/srv/academy-hub-trial"))
    trial_command.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("error: run this as root (sudo): the hub starts servers as other Linux users")
    if args.command == "install":
        print(install())
    elif args.command == "prepare":
        prepare(args.dir, args.exchange)
    else:
        trial(args.dir, args.port)


if __name__ == "__main__":
    sys.exit(main())
