"""JupyterHub 6 for one course on one machine: trainees and trainers as Linux accounts.

Run as root (it starts each user's server as that user), from the users' environment that
``python -m tools.hub install`` builds:

    ACADEMY_HUB_DIR=/srv/academy-hub /opt/academy-hub/env/bin/jupyterhub -f hub/jupyterhub_config.py

Every setting comes from an ``ACADEMY_HUB_*`` environment variable with a default for a real
installation (docs/jupyterhub.md); ``make hub`` and the tests set them for a trial.

- Accounts: PAM (the machine's Linux accounts and passwords). Only members of the trainees' and the
  trainers' Linux groups may log in.
- Servers: JupyterLab from the users' environment, started as the user (LocalProcessSpawner), home
  folder as root. Trainees get the course's Lab settings (``ACADEMY_HUB_LAB_SETTINGS``: Formgrader,
  Create Assignment and the course list switched off). Trainers get the formgrader on their course
  directory (``~/cursus``, a clone of the repository) and the trainer command run from it.
- Everyone: nbgrader's exchange and course id (``<hub dir>/jupyter/nbgrader_config.py``, written by
  ``python -m tools.hub prepare``); the trainees' nbgrader folder is the one nbgitpuller pulls.
- Idle servers are stopped after ``ACADEMY_HUB_CULL_SECONDS`` (jupyterhub-idle-culler, a service), kernels whose
  notebook is closed after 30 idle minutes.
- A class of 30 logging in at once on 2 cores (docs/jupyterhub.md, Sizing): generous start timeouts, kernels over
  Unix sockets (no TCP port races between servers).
- Live class results (``class-live``, a service on ``ACADEMY_HUB_LIVE_PORT``): trainees share an answer
  from a widget with their server's hub token; only the trainers' group opens the page
  (/services/class-live/docent/). Its answers live in ``<hub dir>/state/class-live``.
- Secrets (cookie secret, proxy token, database) live in ``<hub dir>/state``, readable by root only.
"""

import grp
import os
import secrets
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from tools.hub import LAB_SETTINGS, TRAINEES, TRAINERS, env_dir, proxy_command, user_environment  # noqa: E402 (the repository is not installed)

HUB_DIR = Path(os.environ.get("ACADEMY_HUB_DIR", "/srv/academy-hub"))
ENV = Path(os.environ.get("ACADEMY_HUB_ENV", env_dir()))
PROXY = os.environ.get("ACADEMY_HUB_PROXY", str(proxy_command()))
# The trainees' Lab settings: lab/ (as `make lab`) unless this points at another Jupyter config folder.
LAB_SETTINGS = Path(os.environ.get("ACADEMY_HUB_LAB_SETTINGS", LAB_SETTINGS))
TRAINEES = os.environ.get("ACADEMY_HUB_TRAINEES_GROUP", TRAINEES)
TRAINERS = os.environ.get("ACADEMY_HUB_TRAINERS_GROUP", TRAINERS)
STATE = HUB_DIR / "state"

c = get_config()  # noqa: F821 (provided by JupyterHub)

c.JupyterHub.ip = os.environ.get("ACADEMY_HUB_IP", "127.0.0.1")
c.JupyterHub.port = int(os.environ.get("ACADEMY_HUB_PORT", "8000"))
# Behind TLS: either a reverse proxy in front (nginx, Caddy) or certificates here (docs/jupyterhub.md).
if os.environ.get("ACADEMY_HUB_SSL_CERT"):
    c.JupyterHub.ssl_cert = os.environ["ACADEMY_HUB_SSL_CERT"]
    c.JupyterHub.ssl_key = os.environ["ACADEMY_HUB_SSL_KEY"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("ACADEMY_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('ACADEMY_HUB_PROXY_API_PORT', '8001')}"

# Secrets and the database: root only (tools/hub.py prepare makes the folder 0700).
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
_proxy_token = STATE / "proxy_token"
if not _proxy_token.exists():
    _proxy_token.write_text(secrets.token_hex(32))
    _proxy_token.chmod(0o600)
c.ConfigurableHTTPProxy.auth_token = _proxy_token.read_text().strip()
c.ConfigurableHTTPProxy.command = [PROXY]
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")
c.ConfigurableHTTPProxy.debug = False

c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_groups = {TRAINEES, TRAINERS}
c.PAMAuthenticator.open_sessions = False  # no systemd/logind session per server (not on every machine)

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(ENV / "bin" / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
# A class logs in at once: on 2 cores thirty servers start side by side, so each takes far longer
# than alone (bench/README.md: up to 90 s). A start that times out is killed and the trainee has to
# try again, which only adds load: wait long enough instead.
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
# Memory: each open chapter keeps a kernel (90-210 MB). A kernel whose notebook is closed and that
# ran nothing for 30 minutes is stopped; one with its notebook still open stays.
c.Spawner.args = ["--MappingKernelManager.cull_idle_timeout=1800", "--MappingKernelManager.cull_interval=300",
                  "--MappingKernelManager.cull_connected=False"]


def in_group(username: str, group: str) -> bool:
    try:
        return username in grp.getgrnam(group).gr_mem
    except KeyError:
        return False


# Kernels talk to their server over Unix sockets in the user's private runtime folder, not TCP ports
# on 127.0.0.1: with a class starting kernels at once, a port one server had picked as free was
# sometimes taken by another server's kernel first ("Address already in use"), and that trainee's
# kernel never answered. A socket's path has at most 107 bytes; a home folder too long for it
# (over 27 characters, as /home/<a name of 21 letters>) keeps TCP.
KERNEL_SOCKET = "/.local/share/jupyter/runtime/kernel-00000000-0000-0000-0000-000000000000-ipc-10"
SOCKET_PATH_MAX = 107


def server_environment(spawner) -> None:
    """Trainers and trainees get their own settings (tools/hub.py user_environment)."""
    name = spawner.user.name
    trainer = in_group(name, TRAINERS)
    home = Path(os.path.expanduser(f"~{name}"))
    spawner.environment.update(user_environment(home, trainer, HUB_DIR, ENV, LAB_SETTINGS))
    spawner.environment["ACADEMY_LIVE_URL"] = f"{LIVE_URL}/services/{LIVE}/"  # academy/share.py
    args = [a for a in spawner.args if "app_settings_dir" not in a and "transport" not in a]
    overrides = LAB_SETTINGS / "settings"
    if not trainer and (overrides / "overrides.json").exists():
        args.append(f"--LabApp.app_settings_dir={overrides}")
    if len(str(home)) + len(KERNEL_SOCKET) <= SOCKET_PATH_MAX:
        args.append("--KernelManager.transport=ipc")
    spawner.args = args


c.Spawner.pre_spawn_hook = server_environment

# Live class results (academy_trainer/live.py --hub): the repository's full academy (with the trainers'
# modules) runs it, as root like the hub; its answers sit with the hub's state, root only.
LIVE = "class-live"
LIVE_URL = f"http://127.0.0.1:{os.environ.get('ACADEMY_HUB_LIVE_PORT', '8766')}"
# A user's server token may share with it (and nothing more than before); every user may use the service,
# the service itself lets only the trainers' group open the page.
c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server", f"access:services!service={LIVE}"]

# Stop servers nobody used for an hour (their files stay); the culler asks the hub's API.
cull_seconds = int(os.environ.get("ACADEMY_HUB_CULL_SECONDS", "3600"))
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={cull_seconds}"],
}, {
    "name": LIVE,
    "url": LIVE_URL,
    "command": [sys.executable, "-m", "academy_trainer", "--course-dir", str(HERE.parent), "class-live", "--hub",
                "--data-dir", str(STATE / LIVE), "--trainers-group", TRAINERS],
    "environment": {"PYTHONPATH": str(HERE.parent)},
    "oauth_no_confirm": True,
}]
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}, {
    "name": "user",  # JupyterHub's default role of every user, plus sharing with the live class results
    "scopes": ["self", f"access:services!service={LIVE}"],
}]
