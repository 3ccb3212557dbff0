"""Reading a CSV export as Dutch Excel does (kennisbank.spreadsheets)."""

import csv
import io


def exported_rows(response) -> list[list[str]]:
    """The rows of a streamed CSV export, split on ";" after its byte order mark."""
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff"), "Dutch Excel reads the export as UTF-8 only with a BOM"
    return list(csv.reader(io.StringIO(content[1:]), delimiter=";"))


def exported_dicts(response) -> list[dict[str, str]]:
    """The rows of a streamed CSV export as {heading: cell}."""
    header, *rows = exported_rows(response)
    return [dict(zip(header, row, strict=True)) for row in rows]
