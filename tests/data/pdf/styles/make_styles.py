#!/usr/bin/python3
"""Writes the border-style fixtures: the same small tables as DOCX in each border style, then
converts each DOCX to PDF with LibreOffice. See README.md in this folder.

usage: /usr/bin/python3 make_styles.py [--no-pdf]

Needs python-docx (Debian: python3-docx) and, for the PDFs, soffice (libreoffice-writer-nogui).
Every DOCX is written with fixed core properties, so a rerun gives the same document text; the
PDFs carry LibreOffice's creation date and differ byte-wise on each run.
"""
import datetime
import os
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "DejaVu Sans"  # installed with LibreOffice on Debian; no font substitution in the PDF

# Border styles: name -> what is drawn. Rules are (eighths of a point, colour).
THIN, THICK = (4, "000000"), (12, "000000")
STYLES = {
    "grid": {"table": dict(top=THIN, left=THIN, bottom=THIN, right=THIN, insideH=THIN,
                           insideV=THIN)},
    "booktabs": {"table": dict(top=THICK, bottom=THICK), "under_header": THIN},
    "hrules": {"table": dict(insideH=THIN)},
    "box": {"table": dict(top=THIN, left=THIN, bottom=THIN, right=THIN)},
    "zebra": {"table": {}, "header_fill": "BFBFBF", "odd_fill": "E7E6E6"},
    "none": {"table": {}},
}

BEFORE = ("The programme financed four kinds of works in the regions during the last two years. "
          "The table below shows the budget per region and programme in thousands of euros, "
          "as approved by the steering committee.")
AFTER = ("Figures for 2023 are provisional. The East region did not report a budget for 2023 "
         "because its tender procedure had not ended when this report was written.")
BETWEEN = ("The results reached by the same programmes are summarised in the second table, "
           "with the targets agreed in the programme document.")

# A table: column widths (cm), the two header rows (a spanning header over two columns, the
# other header cells merged vertically) and the body rows. "" is an empty cell.
BUDGET = {
    "widths": [2.6, 4.4, 2.4, 2.4, 3.6],
    "head": ["Region", "Programme", "Budget (EUR thousand)", None, "Notes"],
    "sub": [None, None, "2022", "2023", None],
    "numeric": [2, 3],
    "rows": [
        ["North", "Water supply and sanitation in rural districts", "1,234", "12.5", ""],
        ["South", "Primary schools", "980", "7.25", "New in 2023"],
        ["East", "Health clinics", "2,410", "", "Delayed by the tender procedure"],
        ["West", "Roads and bridges", "15,000", "3.0", "Co-financed by the regional fund"],
        ["Total", "", "19,624", "22.75", ""],
    ],
}

RESULTS = {
    "widths": [6.0, 3.0, 3.0],
    "head": ["Indicator", "Result 2023", None],
    "sub": [None, "Target", "Achieved"],
    "numeric": [1, 2],
    "rows": [
        ["Households connected to piped water in the northern districts", "4,500", "3,870"],
        ["Pupils enrolled", "12,000", "12,345"],
        ["Clinics open on weekends", "25", ""],
    ],
}


def long_budget():
    """BUDGET with enough rows to run across two A4 pages (the header rows repeat)."""
    rows = []
    for i in range(1, 49):
        programme = "Water supply and sanitation in rural districts" if i % 7 == 3 else \
            ["Primary schools", "Health clinics", "Roads and bridges"][i % 3]
        rows.append([f"District {i}", programme, f"{1000 + 37 * i:,}", f"{i * 0.25:.2f}",
                     "Delayed by the tender procedure" if i % 9 == 4 else ""])
    return dict(BUDGET, rows=rows)


def border_element(tag, edges):
    """<w:tblBorders>/<w:tcBorders> with every named edge; the others are set to nil."""
    el = OxmlElement(tag)
    names = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if tag == "w:tblBorders"
                                                  else [])
    for name in names:
        edge = OxmlElement(f"w:{name}")
        rule = edges.get(name)
        if rule:
            edge.set(qn("w:val"), "single")
            edge.set(qn("w:sz"), str(rule[0]))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), rule[1])
        else:
            edge.set(qn("w:val"), "nil")
        el.append(edge)
    return el


def shade(cell, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def set_text(cell, text, bold=False, align=None):
    para = cell.paragraphs[0]
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    if text:
        para.add_run(text).bold = bold
    if align is not None:
        para.alignment = align


def add_table(doc, spec, style):
    cols = len(spec["widths"])
    table = doc.add_table(rows=2 + len(spec["rows"]), cols=cols)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(border_element("w:tblBorders", STYLES[style]["table"]))
    for k, w in enumerate(spec["widths"]):
        table.columns[k].width = Cm(w)
        for cell in table.columns[k].cells:
            cell.width = Cm(w)
    for r, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if r < 2:
            tr_pr.append(OxmlElement("w:tblHeader"))  # repeated on every page
    head, sub = table.rows[0].cells, table.rows[1].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    for k in range(cols):
        if spec["head"][k] is not None and k + 1 < cols and spec["head"][k + 1] is None:
            set_text(head[k], spec["head"][k], bold=True, align=center)
            head[k].merge(head[k + 1])
        if spec["sub"][k] is not None:
            set_text(sub[k], spec["sub"][k], bold=True, align=center)
        elif spec["head"][k] is not None:
            set_text(head[k], spec["head"][k], bold=True)
            head[k].merge(sub[k])
    for r, values in enumerate(spec["rows"]):
        cells = table.rows[2 + r].cells
        for k, text in enumerate(values):
            set_text(cells[k], text,
                     align=WD_ALIGN_PARAGRAPH.RIGHT if k in spec["numeric"] else None)
    rules = STYLES[style]
    if "under_header" in rules:
        # LibreOffice ignores the table's top and bottom borders on vertically merged cells and
        # a cell border on the continuation of a merge: every cell carries its rules itself.
        last = len(table.rows) - 1
        for r, row in enumerate(table.rows):
            for tc in row._tr.tc_lst:
                edges = {}
                if r == 0:
                    edges["top"] = rules["table"]["top"]
                if r == 1 or (r == 0 and tc.vMerge is not None):
                    edges["bottom"] = rules["under_header"]
                if r == last:
                    edges["bottom"] = rules["table"]["bottom"]
                tc.get_or_add_tcPr().append(border_element("w:tcBorders", edges))
    if "header_fill" in rules:
        for r, row in enumerate(table.rows):
            fill = rules["header_fill"] if r < 2 else (rules["odd_fill"] if r % 2 == 0 else None)
            if fill:
                for tc in row._tr.tc_lst:
                    shade(_CellOf(tc), fill)
    return table


class _CellOf:
    """Just enough of a python-docx cell for shade(): each <w:tc> once, merged cells included."""

    def __init__(self, tc):
        self._tc = tc


def new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    props = doc.core_properties
    props.author = "tablift tests"
    props.title = "tablift border-style fixture"
    props.created = props.modified = datetime.datetime(2024, 1, 1)
    props.revision = 1
    return doc


def write(name, build):
    doc = new_document()
    build(doc)
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    return path


def main():
    made = []
    for style in STYLES:
        def one(doc, style=style):
            doc.add_paragraph(BEFORE)
            add_table(doc, BUDGET, style)
            doc.add_paragraph(AFTER)
        made.append(write(style, one))
    for style in ("grid", "booktabs", "none"):
        def two(doc, style=style):
            doc.add_paragraph(BEFORE)
            add_table(doc, BUDGET, style)
            doc.add_paragraph(BETWEEN)
            add_table(doc, RESULTS, style)
            doc.add_paragraph(AFTER)
        made.append(write(f"two-tables-{style}", two))

        def pages(doc, style=style):
            doc.add_paragraph(BEFORE)
            add_table(doc, long_budget(), style)
            doc.add_paragraph(AFTER)
        made.append(write(f"two-pages-{style}", pages))
    if "--no-pdf" in sys.argv:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE] + made, check=True,
                       stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
