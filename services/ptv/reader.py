"""Reading PTV Open API JSON: files or a folder of them, each holding one item
(as `GET /api/v11/Service/{id}` returns it), a list of items, or a page of a
list (`itemList`, as the list endpoints return it). Items are told apart by
their own fields: a service has `serviceNames`, a service channel
`serviceChannelType`, an organisation `organizationNames`."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from home.import_source import too_large
from services.hsds_import import RecordError


@dataclass(eq=False)  # one item is one key (channels in dicts)
class Item:
    file: str
    data: dict
    kind: str

    @property
    def id(self):
        value = self.data.get("id")
        return value if isinstance(value, str) else None

    @property
    def label(self):
        name = {"service": "service", "channel": "channel", "organization": "organisation"}
        value = self.data.get("id")
        return f"{name[self.kind]} {str(value)[:60]}" if value else f"{name[self.kind]} (no id)"


@dataclass
class Catalogue:
    services: list = field(default_factory=list)
    channels: dict = field(default_factory=dict)
    organizations: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)  # messages naming file (and item)


def kind_of(data):
    if "serviceChannelType" in data or "serviceChannelNames" in data:
        return "channel"
    if "organizationNames" in data or "organizationType" in data:
        return "organization"
    if "serviceNames" in data:
        return "service"
    return None


def items_in(data):
    if isinstance(data, dict) and isinstance(data.get("itemList"), list):
        return data["itemList"]
    if isinstance(data, list):
        return data
    return [data]


def files_in(path):
    if path.is_dir():
        return sorted(p for p in path.rglob("*.json") if p.is_file())
    return [path]


def load(path):
    """The document in one file, or a RecordError whose field is "file"."""
    try:
        message = too_large(path, settings.IMPORT_SERVICES_MAX_FILE_SIZE)
        if message:
            raise RecordError("file", message)
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordError("file", "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RecordError("file", f"cannot read the file: {error}") from None
    except RecursionError:
        raise RecordError("file", "nested too deeply to read") from None
    except json.JSONDecodeError as error:
        raise RecordError(
            "file", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None


def read(paths):
    """A Catalogue of everything in `paths` (files or folders)."""
    catalogue = Catalogue()
    for path in paths:
        path = Path(path)
        if not path.exists():
            catalogue.problems.append(f"{path}: no such file or folder")
            continue
        for file in files_in(path):
            name = str(file.relative_to(path)) if path.is_dir() else file.name
            try:
                data = load(file)
            except RecordError as error:
                catalogue.problems.append(f"{name}: {error.message}")
                continue
            for n, entry in enumerate(items_in(data)):
                add(catalogue, name, n, entry)
    return catalogue


def add(catalogue, name, n, data):
    kind = kind_of(data) if isinstance(data, dict) else None
    if kind is None:
        catalogue.problems.append(
            f"{name}: item #{n + 1}: neither a service (serviceNames), a service channel "
            "(serviceChannelType) nor an organisation (organizationNames)"
        )
        return
    item = Item(name, data, kind)
    if kind == "service":
        catalogue.services.append(item)
    elif item.id is None:
        catalogue.problems.append(f"{name}: {item.label}: id: missing")
    else:
        getattr(catalogue, f"{kind}s")[item.id] = item
