#!/usr/bin/env python3
"""Compares paramguard's TOML reader with CPython's tomllib, document by document.

Reads JSON lines from the file named as the only argument, each
    {"doc": <base64 of the document's bytes>, "kind": "ok" | "invalid" | "unsupported", "value": <JSON of what was read>}
as the Swift reader wrote them (TOMLReaderTests), reads each document with tomllib, and prints one
JSON object: how many documents both accept (and read the same), both refuse, and the reader
refuses as unsupported while tomllib accepts them; and the first mismatches:
  - tomllib refuses a document the reader accepts (the reader is too lenient), or
  - both accept it but read different values, or
  - the reader says invalid where tomllib accepts (the reader is too strict, and says so wrongly).
A document tomllib accepts may be refused as unsupported (floats, dates, dotted keys, ...).
"""
import base64
import json
import sys
import tomllib


def main():
    counts = {"documents": 0, "both_accept": 0, "both_refuse": 0, "unsupported": 0}
    mismatches = []
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            data = base64.b64decode(entry["doc"])
            counts["documents"] += 1
            try:
                expected = tomllib.loads(data.decode("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError, ValueError):
                expected = None
            kind = entry["kind"]
            if expected is None:
                if kind == "ok":
                    mismatches.append({"doc": data.decode("utf-8", "replace"), "why": "tomllib refuses it, the reader accepts it"})
                else:
                    counts["both_refuse"] += 1
            elif kind == "ok":
                if entry["value"] == expected:
                    counts["both_accept"] += 1
                else:
                    mismatches.append({"doc": data.decode("utf-8", "replace"), "why": "read differently",
                                       "reader": entry["value"], "tomllib": repr(expected)})
            elif kind == "unsupported":
                counts["unsupported"] += 1
            else:
                mismatches.append({"doc": data.decode("utf-8", "replace"), "why": "tomllib accepts it, the reader calls it invalid",
                                   "message": entry.get("message")})
    counts["mismatches"] = len(mismatches)
    counts["first_mismatches"] = mismatches[:5]
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
