#!/usr/bin/env python3
"""Reads a CSV file (RFC 4180) with Python's csv module and prints its rows as JSON:
what a spreadsheet or a script would get from an export. Usage: csv_rows.py FILE"""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
