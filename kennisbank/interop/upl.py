"""Reading the UPL (CSV or the JSON that standaarden.overheid.nl publishes) and updating ours.

Pure parsing (`parse_upl`) and one database step (`apply_upl`), shared by the migration that
loads the shipped list and by `update_upl`.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

SHIPPED_LIST = Path(__file__).resolve().parent / "data" / "upl.csv"


class UplFormatError(ValueError):
    """The file is not a UPL list; the message says why, in Dutch."""


@dataclass(frozen=True)
class UplEntry:
    uri: str
    label: str
    for_citizens: bool
    for_businesses: bool
    municipal: bool


def _flag(value) -> bool:
    return str(value or "").strip().upper() in {"X", "JA", "TRUE", "1"}


def _entries(rows) -> list[UplEntry]:
    """One entry per URI (the list has a row per legal basis): flags of all its rows joined."""
    merged: dict[str, dict] = {}
    for row in rows:
        if not isinstance(row, dict):
            continue
        uri = str(row.get("URI") or row.get("uri") or "").strip()
        label = str(row.get("UniformeProductnaam") or row.get("label") or "").strip()
        if not uri.startswith(("http://", "https://")) or not label:
            continue
        entry = merged.setdefault(
            uri,
            {
                "uri": uri,
                "label": label,
                "for_citizens": False,
                "for_businesses": False,
                "municipal": False,
            },
        )
        entry["for_citizens"] |= _flag(row.get("Burger"))
        entry["for_businesses"] |= _flag(row.get("Bedrijf"))
        entry["municipal"] |= _flag(row.get("Gemeente"))
    return [UplEntry(**entry) for entry in merged.values()]


def parse_upl(data: bytes) -> list[UplEntry]:
    """Entries from a UPL file: CSV with the published columns, or JSON (a list of rows, or
    an object with the rows under "results" or "value")."""
    from django.utils.translation import gettext as _

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UplFormatError(_("The UPL file is not UTF-8 text.")) from None
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        try:
            parsed = json.loads(stripped)
        except ValueError as error:
            raise UplFormatError(
                _("The UPL file is not valid JSON: %(error)s") % {"error": error}
            ) from None
        rows = parsed
        if isinstance(parsed, dict):
            rows = parsed.get("results") or parsed.get("value") or []
        if not isinstance(rows, list):
            raise UplFormatError(_("The UPL JSON holds no list of products."))
    else:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "URI" not in reader.fieldnames:
            raise UplFormatError(_("The UPL CSV has no column “URI”."))
        rows = list(reader)
    entries = _entries(rows)
    if not entries:
        raise UplFormatError(_("The UPL file holds no products with a name and a URI."))
    return entries


@dataclass
class UplChanges:
    added: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    unchanged: int = 0


def apply_upl(model, entries: list[UplEntry], today, *, dry_run: bool = False) -> UplChanges:
    """Bring the UplProduct table (`model`, also a migration's historical model) in line with
    `entries`. Names that left the list are marked withdrawn, never deleted: answers use them."""
    changes = UplChanges()
    existing = {product.uri: product for product in model.objects.all()}
    wanted = {entry.uri for entry in entries}
    for entry in entries:
        product = existing.get(entry.uri)
        if product is None:
            changes.added.append(entry.label)
            if not dry_run:
                model.objects.create(
                    uri=entry.uri,
                    label=entry.label,
                    for_citizens=entry.for_citizens,
                    for_businesses=entry.for_businesses,
                    municipal=entry.municipal,
                )
            continue
        if product.label != entry.label:
            changes.renamed.append((product.label, entry.label))
        elif product.listed:
            changes.unchanged += 1
        if not product.listed:
            changes.returned.append(entry.label)
        if not dry_run:
            model.objects.filter(pk=product.pk).update(
                label=entry.label,
                for_citizens=entry.for_citizens,
                for_businesses=entry.for_businesses,
                municipal=entry.municipal,
                listed=True,
                withdrawn_at=None,
            )
    for uri, product in existing.items():
        if uri not in wanted and product.listed:
            changes.withdrawn.append(product.label)
            if not dry_run:
                model.objects.filter(pk=product.pk).update(listed=False, withdrawn_at=today)
    return changes
