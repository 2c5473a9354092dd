#!/usr/bin/env python3
"""The rules of Timesketch's importer, ported from google/timesketch
timesketch/lib/utils.py (read_and_validate_csv, read_and_validate_jsonl,
_validate_csv_fields, _parse_tag_field, _scrub_special_tags) to the standard library:
pandas.read_csv becomes csv.DictReader, pandas.to_datetime / dateutil become
datetime.fromisoformat. Stricter than Timesketch where it would silently drop a row:
a row Timesketch would skip (no datetime, unparsable datetime) is an error here.

Usage: timesketch_validate.py jsonl|csv FILE
Prints the events as Timesketch would store them (JSON, one a line); exits 1 with a
message on the first rule broken."""
import csv
import datetime
import json
import sys

TIMESKETCH_FIELDS = {"message", "datetime", "timestamp_desc"}
FIELDS_TO_REMOVE = ["_id", "_type", "_index", "_source", "__ts_timeline_id"]


def fail(message):
    print("invalid: " + message)
    sys.exit(1)


def parse_tag_field(row):
    if isinstance(row, (list, tuple)):
        return row
    if not isinstance(row, str):
        row = str(row)
    if row.startswith("[") and row.endswith("]"):
        return json.loads(row)
    if row == "-":
        return []
    if "," in row:
        return row.split(",")
    return [row]


def parse_datetime(value, where):
    try:
        dt = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        fail(f"{where}: datetime {value!r} cannot be parsed (Timesketch drops the row)")
    if dt.tzinfo is None:
        fail(f"{where}: datetime {value!r} has no offset")
    return dt


def micros(dt):
    delta = dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def check_scrubbed(row, where):
    for field in FIELDS_TO_REMOVE:
        if field in row:
            fail(f"{where}: field {field} would be removed by Timesketch")


def validate_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            where = f"line {lineno}"
            try:
                linedict = json.loads(line)
            except ValueError as e:
                fail(f"Error parsing JSON at line {lineno}: {e}")
            if not isinstance(linedict, dict):
                fail(f"{where}: not an object")
            if "datetime" not in linedict and "timestamp" in linedict:
                epoch = int(str(linedict["timestamp"])[:10])
                linedict["datetime"] = datetime.datetime.fromtimestamp(epoch).isoformat()
            dt = parse_datetime(linedict.get("datetime"), where)
            if "timestamp" not in linedict:
                linedict["timestamp"] = int(dt.timestamp() * 1000000)
            elif linedict["timestamp"] != micros(dt):
                fail(f"{where}: timestamp {linedict['timestamp']} is not datetime {linedict['datetime']}")
            missing = [x for x in ["message", "datetime", "timestamp_desc"] if x not in linedict]
            if missing:
                fail(f"Missing field(s) at line {lineno}: {','.join(missing)}")
            if "tag" in linedict:
                linedict["tag"] = [x for x in parse_tag_field(linedict["tag"]) if x]
            check_scrubbed(linedict, where)
            print(json.dumps(linedict, ensure_ascii=False))


def validate_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter=",", strict=True)
        headers = set(reader.fieldnames or [])
        missing = TIMESKETCH_FIELDS - headers
        if missing:
            fail(f"Missing mandatory CSV headers: {', '.join(sorted(missing))}")
        for n, row in enumerate(reader, start=2):
            where = f"row {n}"
            if None in row or any(v is None for v in row.values()):
                fail(f"{where}: not as many cells as headers")
            if not row.get("datetime"):
                fail(f"{where}: missing datetime field or it was empty (Timesketch skips the row)")
            dt = parse_datetime(row["datetime"], where)
            timestamp = micros(dt)
            if row.get("timestamp") and int(row["timestamp"]) != timestamp:
                fail(f"{where}: timestamp {row['timestamp']} is not datetime {row['datetime']}")
            row["timestamp"] = timestamp
            row["datetime"] = dt.isoformat()
            if "tag" in row and row["tag"] != "":
                row["tag"] = parse_tag_field(row["tag"])
            check_scrubbed(row, where)
            # Timesketch drops empty (NaN) values.
            print(json.dumps({k: v for k, v in row.items() if v != ""}, ensure_ascii=False))


if __name__ == "__main__":
    {"jsonl": validate_jsonl, "csv": validate_csv}[sys.argv[1]](sys.argv[2])
