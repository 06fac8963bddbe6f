#!/usr/bin/python3
"""Usage: python_docx_read.py FILE.docx

The python-docx side of bench/docx_vs_python_docx.sh: opens the document with Debian's
python3-docx and reads the text of every cell of every table (nested tables included), the
least work that gives the same content tablift extracts. Prints the table, cell and character
counts so the work cannot be optimised away.
"""
import sys

import docx


def walk(tables, counts):
    for table in tables:
        counts[0] += 1
        for row in table.rows:
            for cell in row.cells:
                counts[1] += 1
                counts[2] += len(cell.text)
                walk(cell.tables, counts)


def main():
    counts = [0, 0, 0]
    walk(docx.Document(sys.argv[1]).tables, counts)
    print(f"tables={counts[0]} cells={counts[1]} chars={counts[2]}")


main()
