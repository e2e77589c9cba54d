"""The README's nginx and Caddy snippets, run for real on 127.0.0.1 over a built site.

Each server runs the snippet as the README prints it, with only the site's
folder and the listening address put in. Without the server binary the test
skips, except in CI (CI=true, where .ci/run installs Debian's nginx-light and caddy).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from site_support import build_site, request

README = Path(__file__).resolve().parent.parent / "README.md"
DATE = "2020-05-29"


def _snippet(language: str) -> str:
    return re.search(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)


def _binary(name: str) -> str:
    found = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").is_file() else None)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is missing; .ci/run installs it")
    pytest.skip(f"{name} is not installed (Debian: apt-get install {'nginx-light' if name == 'nginx' else name})")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text(errors='replace') if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not listen in time")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hosting")
    out = root / "feed"
    build_site(out, DATE)
    (out / ".hidden").write_text("dot file", encoding="utf-8")
    root.chmod(0o755)  # the servers' workers may run as another user
    return out


def _nginx(site: Path, tmp: Path):
    nginx = _binary("nginx")
    port = _free_port()
    server = _snippet("nginx").replace("/srv/audiopaper/feed", str(site)).replace("listen 80;", f"listen 127.0.0.1:{port};")
    conf = tmp / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""  # tmp folders are private to the test's user
    conf.write_text(
        f"{user}worker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\nevents {{}}\n"
        f"http {{\naccess_log off;\nclient_body_temp_path {tmp};\nproxy_temp_path {tmp};\nfastcgi_temp_path {tmp};\n"
        f"uwsgi_temp_path {tmp};\nscgi_temp_path {tmp};\n{server}}}\n",
        encoding="utf-8",
    )
    checked = subprocess.run([nginx, "-t", "-p", str(tmp), "-c", str(conf)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    command = [nginx, "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"]
    return command, port, tmp / "error.log", {}


def _caddy(site: Path, tmp: Path):
    caddy = _binary("caddy")
    port = _free_port()
    server = _snippet("caddy").replace("/srv/audiopaper/feed", str(site)).replace(
        "podcast.example.org {", f"http://127.0.0.1:{port} {{"
    )
    conf = tmp / "Caddyfile"
    conf.write_text("{\n\tadmin off\n\tauto_https off\n}\n" + server, encoding="utf-8")
    env = {"HOME": str(tmp), "XDG_DATA_HOME": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "config")}
    checked = subprocess.run(
        [caddy, "validate", "--config", str(conf), "--adapter", "caddyfile"],
        capture_output=True, text=True, timeout=60, env={**os.environ, **env},
    )
    assert checked.returncode == 0, checked.stderr
    return [caddy, "run", "--config", str(conf), "--adapter", "caddyfile"], port, tmp / "caddy.log", env


@pytest.fixture(params=["nginx", "caddy"], scope="module")
def server(request, site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    tmp.chmod(0o755)
    command, port, log, env = (_nginx if request.param == "nginx" else _caddy)(site, tmp)
    with open(tmp / "server.out", "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env})
        try:
            _wait_for(port, process, tmp / "server.out")
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


MP3 = f"/episodes/{DATE}/episode.mp3"


def test_ranges_head_and_validators(server, site):
    data = (site / MP3.lstrip("/")).read_bytes()
    response, body = request(server, MP3, headers={"Range": "bytes=100-199"})
    assert response.status == 206 and body == data[100:200]
    assert response.getheader("Content-Range") == f"bytes 100-199/{len(data)}"
    response, _ = request(server, MP3, headers={"Range": f"bytes={len(data) + 10}-"})
    assert response.status == 416
    response, body = request(server, MP3, method="HEAD")
    assert response.status == 200 and body == b"" and response.getheader("Accept-Ranges") == "bytes"
    assert response.getheader("ETag") and response.getheader("Last-Modified")


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/feed.xml", "application/rss+xml"),
        (MP3, "audio/mpeg"),
        (f"/episodes/{DATE}/transcript.vtt", "text/vtt"),
        (f"/episodes/{DATE}/transcript.srt", "application/x-subrip"),
        (f"/episodes/{DATE}/chapters.json", "application/json+chapters"),
        ("/", "text/html"),
        (f"/episodes/{DATE}.html", "text/html"),
    ],
)
def test_types_and_cors(server, path, expected):
    response, _ = request(server, path)
    assert response.status == 200, path
    assert response.getheader("Content-Type").split(";")[0].strip() == expected
    assert response.getheader("Access-Control-Allow-Origin") == "*"


@pytest.mark.parametrize("path", ["/podcast.toml", f"/episodes/{DATE}/episode.json", "/.hidden", "/../etc/passwd"])
def test_private_files_are_not_served(server, path):
    response, body = request(server, path)
    assert response.status in (400, 404), path
    assert not any(secret in body for secret in (b"base_url", b'"guid"', b"dot file", b"root:"))


def test_no_directory_listing(server):
    response, body = request(server, f"/episodes/{DATE}/stories/")
    assert response.status in (403, 404)
    assert b".mp3" not in body
