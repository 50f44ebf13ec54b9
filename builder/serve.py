"""Live preview: MkDocs serves content/, and a watcher on the articles folder rebuilds content/."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from builder.group import group
from builder.pipeline import extract_folder
from builder.publish import publish
from builder.read import read_dossier_rules
from builder.render import render


def rebuild_content(articles: Path, content: Path) -> None:
    """Extract, group and render the articles into content/."""
    extraction = extract_folder(articles)
    digest = group(extraction.briefings, extraction.problems, read_dossier_rules(articles))
    publish(render(digest), content)
    for problem in digest.problems:
        print(f"skipped: {problem.source}: {problem.reason}", file=sys.stderr)
    print(f"content/ rebuilt: {len(digest.briefings)} briefings", file=sys.stderr)


class _ArticleWatcher(FileSystemEventHandler):
    """Rebuilds content/ shortly after the last change in the articles folder."""

    def __init__(self, articles: Path, content: Path) -> None:
        self.articles, self.content = articles, content
        self._timer: threading.Timer | None = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if self._timer:
            self._timer.cancel()
        self._timer = threading.Timer(0.5, rebuild_content, (self.articles, self.content))
        self._timer.start()


def serve(articles: Path, content: Path, config: Path, address: str) -> None:
    """Build once, then serve with live reload until interrupted."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    rebuild_content(articles, content)
    observer = Observer()
    observer.schedule(_ArticleWatcher(articles, content), str(articles), recursive=True)
    observer.start()
    try:
        mkdocs_serve(config_file=str(config), docs_dir=str(content.resolve()), dev_addr=address, livereload=True)
    finally:
        observer.stop()
        observer.join()
