"""Find the documents a run reads: files, directories (recursively), globs and fsspec URLs."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

import fsspec


class SourceNotFoundError(FileNotFoundError):
    """A source named on the command line matches nothing."""


@dataclass(frozen=True, order=True)
class SourceRef:
    """One input document: a URI fsspec can open, its size in bytes, and the source it was found under.

    ``root`` is the SOURCE argument that led to the document; it scopes cross-document
    boilerplate for local files, which have no host.
    """

    uri: str
    size: int
    root: str = ""


def discover_sources(sources: list[str]) -> list[SourceRef]:
    """Expand every source into documents; hidden files and folders (``.git``) are skipped.

    Raises :class:`SourceNotFoundError` naming the first source that matches nothing.
    """
    found: dict[str, SourceRef] = {}
    for source in sources:
        refs = _expand_remote(source) if _is_remote(source) else _expand_local(source)
        if not refs:
            raise SourceNotFoundError(f"source not found or empty: {source}")
        for ref in refs:
            found.setdefault(ref.uri, SourceRef(ref.uri, ref.size, source))
    return sorted(found.values())


def _is_remote(source: str) -> bool:
    return "://" in source and not source.startswith("file://")


def _expand_local(source: str) -> list[SourceRef]:
    path = Path(source.removeprefix("file://")).expanduser()
    if path.is_file():
        return [_local_ref(path)]
    if path.is_dir():
        return [_local_ref(p) for p in _walk(path)]
    if glob.has_magic(source):
        return [_local_ref(Path(p)) for p in sorted(glob.glob(source, recursive=True)) if Path(p).is_file()]
    return []


def _walk(root: Path) -> list[Path]:
    files: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        files.extend(Path(folder) / name for name in sorted(names) if not name.startswith("."))
    return files


def _local_ref(path: Path) -> SourceRef:
    resolved = path.resolve()
    return SourceRef(resolved.as_uri(), resolved.stat().st_size)


def _expand_remote(source: str) -> list[SourceRef]:
    fs, _, paths = fsspec.get_fs_token_paths(source)
    refs: list[SourceRef] = []
    for path in paths:
        if fs.isdir(path):
            for child, info in sorted(fs.find(path, detail=True).items()):
                if not Path(child).name.startswith("."):
                    refs.append(SourceRef(fs.unstrip_protocol(child), int(info.get("size") or 0)))
        elif fs.exists(path):
            refs.append(SourceRef(fs.unstrip_protocol(path), int(fs.size(path) or 0)))
    return refs


def read_source(uri: str) -> bytes:
    """The bytes of one source, local or remote."""
    with fsspec.open(uri, "rb") as handle:
        return handle.read()  # type: ignore[no-any-return]
