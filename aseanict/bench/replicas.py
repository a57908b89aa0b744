"""N Streamlit replicas on one store behind nginx: `python -m aseanict serve --replicas N`, the scale-out bench
and its test.

The store is built (or checked) once, here, before any replica starts; the replicas only open it read-only, so
they never race to rebuild it. nginx comes from the OS (`apt-get install nginx`); its configuration is written
from deploy/nginx.conf.template into a temporary prefix, so it runs as an ordinary user on any free port. The
active health check (nginx's own checks are passive only) polls every replica, restarts one that died and marks
it down in nginx until it answers again.
"""

from __future__ import annotations

import grp
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aseanict import config
from aseanict.bench import appserver

TEMPLATE = config.ROOT / "deploy" / "nginx.conf.template"
COOKIE = "aseanict_replica"  # names the replica a browser sticks to (see the template)
TEMP_FOLDERS = ("body", "proxy", "fastcgi", "uwsgi", "scgi")
HEALTH_TIMEOUT = 3.0  # seconds


def find_nginx() -> str | None:
    """The OS's nginx (Debian puts it in /usr/sbin, often not on an ordinary user's PATH)."""
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found if os.access(found, os.X_OK) else None


def _port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_ports(n: int, start: int | None = None) -> int:
    """The first of n consecutive free ports, from `start` (default: a port the OS picks) upwards."""
    port = start or appserver.free_port()
    for _ in range(200):
        if port + n <= 65535 and all(_port_is_free(p) for p in range(port, port + n)):
            return port
        port = port + n if start else appserver.free_port()
    raise RuntimeError(f"no {n} consecutive free ports found")


def replica_name(index: int) -> str:
    return f"r{index}"


def nginx_config(
    listen: str, ports: Sequence[int], prefix: Path, down: Collection[int] = (), access_log: bool = False
) -> str:
    """The template with the ports filled in. `down` holds the indexes of replicas nginx must not use."""

    def server(i: int, extra: str = "") -> str:
        flags = " down" if i in down else " max_fails=1 fail_timeout=10s"
        return f"        server 127.0.0.1:{ports[i]}{flags}{extra};"

    n = len(ports)
    upstreams = []
    for i in range(n):
        # The other replicas back this one up, in turn from the next one, so that failovers spread out.
        backups = [server((i + k) % n, " backup") for k in range(1, n)]
        upstreams.append("\n".join([f"    upstream replica_{i} {{", server(i), *backups, "    }"]))
    root = os.geteuid() == 0
    user_group = "nogroup" if _has_group("nogroup") else "nobody"
    values = {
        # As root, nginx's workers run as `nobody`; an ordinary user's nginx runs its workers as itself.
        "@USER_LINE@": f"user nobody {user_group};" if root else "# (not root: the workers run as this user)",
        "@PREFIX@": str(prefix),
        "@ACCESS_LOG@": str(prefix / "access.log") if access_log else "off",
        "@LISTEN@": listen,
        "@POOL_MAP@": "\n".join(f"        {replica_name(i)} replica_{i};" for i in range(n)),
        "@SERVED_MAP@": "\n".join(f'        "~(^|, )127\\.0\\.0\\.1:{ports[i]}$" {replica_name(i)};' for i in range(n)),
        "@ANY_SERVERS@": "\n".join(server(i) for i in range(n)),
        "@REPLICA_UPSTREAMS@": "\n\n".join(upstreams),
    }
    text = TEMPLATE.read_text()
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def _has_group(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


@dataclass
class Replica:
    index: int
    port: int
    proc: subprocess.Popen | None = None
    restarts: int = 0
    failed_checks: int = 0  # in a row

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def name(self) -> str:
        return replica_name(self.index)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


@dataclass
class Cluster:
    """N replicas of `script` on consecutive ports and nginx in front; `with Cluster(...) as cluster:` runs them."""

    n: int
    script: Path = config.ROOT / "app.py"
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    listen: str = "127.0.0.1:0"  # host:port for nginx; port 0 picks a free one
    first_port: int | None = None
    restart: bool = True  # restart a replica that died (the bench turns this off to measure a failover)
    check_every: float = 2.0
    prefix: Path | None = None
    access_log: bool = False
    replicas: list[Replica] = field(default_factory=list)
    down: set[int] = field(default_factory=set)
    nginx: subprocess.Popen | None = None
    events: list[str] = field(default_factory=list)  # what the active check did, with the time

    @property
    def url(self) -> str:
        host, port = self.listen.rsplit(":", 1)
        return f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{port}"

    def __enter__(self) -> Cluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 120.0) -> None:
        nginx = find_nginx()
        if nginx is None:
            raise RuntimeError("nginx is not installed (Debian: apt-get install nginx)")
        self._owns_prefix = self.prefix is None
        self.prefix = Path(self.prefix or tempfile.mkdtemp(prefix="aseanict-nginx-"))
        self._prepare_prefix()
        host, port = self.listen.rsplit(":", 1)
        self.listen = f"{host}:{port if int(port) else appserver.free_port()}"
        # Replicas share the cookie secret, so that a signed cookie one wrote is valid on the others.
        self.env = {"STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32)} | self.env
        first = free_ports(self.n, self.first_port)
        self.replicas = [Replica(i, first + i) for i in range(self.n)]
        for replica in self.replicas:
            self._launch(replica)
        for replica in self.replicas:
            appserver.wait_healthy(replica.url, replica.proc, timeout, f"replica {replica.name} on {replica.port}")
        self._write_config()
        self.nginx = subprocess.Popen(
            [
                nginx,
                "-p",
                str(self.prefix),
                "-c",
                str(self.prefix / "nginx.conf"),
                "-e",
                str(self.prefix / "error.log"),
                "-g",
                "daemon off;",
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
            stderr=(self.prefix / "nginx.out").open("w"),
        )
        appserver.wait_healthy(self.url, self.nginx, 30, f"nginx on {self.listen} (see {self.prefix}/error.log)")
        self._stop_checks = threading.Event()
        self._checker = threading.Thread(target=self._check_loop, daemon=True)
        self._checker.start()

    def _prepare_prefix(self) -> None:
        for folder in TEMP_FOLDERS:
            (self.prefix / "tmp" / folder).mkdir(parents=True, exist_ok=True)
        (self.prefix / "logs").mkdir(exist_ok=True)
        if os.geteuid() == 0:  # nginx's workers then run as nobody: they must reach their temp folders
            self.prefix.chmod(0o755)
            for path in [self.prefix / "tmp", *((self.prefix / "tmp" / f) for f in TEMP_FOLDERS)]:
                shutil.chown(path, "nobody")

    def _launch(self, replica: Replica) -> None:
        log = (self.prefix / "logs" / f"{replica.name}.log").open("a")
        replica.proc = subprocess.Popen(
            appserver.streamlit_command(self.script, replica.port, watch_files=False),
            cwd=config.ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in the terminal reaches the supervisor, which stops them in order
        )
        log.close()

    def _write_config(self) -> None:
        text = nginx_config(self.listen, [r.port for r in self.replicas], self.prefix, self.down, self.access_log)
        (self.prefix / "nginx.conf").write_text(text)

    def _reload(self) -> None:
        self._write_config()
        if self.nginx and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGHUP)  # nginx rereads its configuration; open websockets stay

    def _note(self, text: str) -> None:
        self.events.append(f"{time.strftime('%H:%M:%S')} {text}")

    def check(self) -> None:
        """One round of the active health check (the loop runs it every `check_every` seconds)."""
        changed = False
        for replica in self.replicas:
            running = replica.running
            # A replica busy with many runs may answer its health check late: two misses in a row, or an exit.
            replica.failed_checks = (
                0 if running and appserver.is_healthy(replica.url, HEALTH_TIMEOUT) else replica.failed_checks + 1
            )
            healthy = running and replica.failed_checks == 0
            if (not running or replica.failed_checks >= 2) and replica.index not in self.down:
                if running and not self._others_up(replica):
                    # Slow, not dead, and the last one nginx has: marked down, every request would get a 502.
                    self._note(f"{replica.name} (port {replica.port}) is slow to answer but the only one up: kept")
                    continue
                self.down.add(replica.index)
                changed = True
                self._note(f"{replica.name} (port {replica.port}) failed its health check: marked down")
            elif healthy and replica.index in self.down:
                self.down.discard(replica.index)
                changed = True
                self._note(f"{replica.name} (port {replica.port}) healthy again: back in nginx")
            if self.restart and not running and replica.proc is not None:
                replica.restarts += 1
                self._note(f"{replica.name} had exited (code {replica.proc.returncode}): restarting it")
                self._launch(replica)
        if changed:
            self._reload()

    def _others_up(self, replica: Replica) -> bool:
        return any(other is not replica and other.index not in self.down and other.running for other in self.replicas)

    def _check_loop(self) -> None:
        while not self._stop_checks.wait(self.check_every):
            self.check()

    def kill(self, index: int) -> None:
        """End a replica at once, as a crash would (the bench and the test)."""
        replica = self.replicas[index]
        if replica.running:
            os.killpg(replica.proc.pid, signal.SIGKILL)
            replica.proc.wait()

    def pids(self) -> list[int]:
        return [r.proc.pid for r in self.replicas if r.running]

    def stop(self) -> None:
        """nginx first (no new requests), then the replicas; everything this cluster started ends here."""
        if getattr(self, "_checker", None) is not None:
            self._stop_checks.set()
            self._checker.join()
        if self.nginx is not None and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)  # graceful: finish the requests in flight
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()
        for replica in self.replicas:
            if replica.running:
                replica.proc.terminate()
        for replica in self.replicas:
            if replica.proc is not None:
                try:
                    replica.proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    replica.proc.kill()
                    replica.proc.wait()
        if getattr(self, "_owns_prefix", False) and self.prefix is not None:
            shutil.rmtree(self.prefix, ignore_errors=True)


def serve(n: int, port: int, host: str = "0.0.0.0", first_port: int | None = None) -> int:
    """Build (or check) the store once, start n replicas and nginx, and run until Ctrl-C or SIGTERM."""
    from aseanict.store import database

    prepared = database.ensure_store()
    print(f"store: {prepared.path} ({prepared.action})")
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    env = dict(os.environ) | {"ASEANICT_DB": str(prepared.path)}
    cluster = Cluster(n, env=env, listen=f"{host}:{port}", first_port=first_port or port + 1)
    with cluster:
        ports = ", ".join(str(r.port) for r in cluster.replicas)
        print(f"aseanict: {cluster.url} (nginx, prefix {cluster.prefix}) -> {n} replicas on 127.0.0.1 ports {ports}")
        print("Ctrl-C stops nginx and every replica.")
        seen = 0
        while not stop.wait(1.0):
            for line in cluster.events[seen:]:
                print(line, flush=True)
            seen = len(cluster.events)
    print("stopped nginx and the replicas")
    return 0
