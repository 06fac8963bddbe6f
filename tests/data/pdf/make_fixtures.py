#!/usr/bin/env python3
"""Writes the small PDF fixtures of tests/extractors/pdf (see README.md). Run from this folder:
python3 make_fixtures.py && sh make_encrypted.sh. Every fixture is a few hundred bytes to a few KB,
with content streams written by hand so the tests can check positions against known values."""
import random
import zlib


def pdf(objects, root=1, info=None):
    """Serialises numbered objects (1..n, bytes each) into a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def stream(content, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"


def pages_doc(contents, size=(200, 100), extra_catalog=b"", page_extra=lambda i: b""):
    """A document whose page i shows contents[i]; objects: 1 catalog, 2 pages, 3-4 fonts, then
    page and content objects."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b">>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n, FONT, BOLD]
    for i, c in enumerate(contents):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R %s>>"
                    % (size[0], size[1], 6 + 2 * i, page_extra(i)))
        objs.append(stream(c))
    return objs


# basic.pdf: page 1 has known words and rules; page 2 is blank (no text layer).
BASIC_PAGE1 = b"""BT /F1 10 Tf 20 70 Td (Hello world) Tj ET
BT /F2 12 Tf 20 20 Td (Bold) Tj ET
0.5 w 10 50 m 190 50 l S
q 2 0 0 1 0 0 cm 10 10 m 10 40 l S Q
q 0 0 50 100 re W n 100 15 m 150 15 l S Q
1 w 120 10 40 20 re S
1 1 1 RG 100 95 m 190 95 l S 0 0 0 RG
10 30 100 1 re f
60 2 60 6 re f
"""


def basic():
    return pdf(pages_doc([BASIC_PAGE1, b""]))


def image_only():
    # One 2x2 grey image drawn over the page: no text at all.
    objs = pages_doc([b"q 100 0 0 50 50 25 cm /Im1 Do Q"])
    objs[4] = objs[4].replace(b"/Font << /F1 3 0 R /F2 4 0 R >>",
                              b"/XObject << /Im1 7 0 R >>")
    objs.append(stream(b"\x00\x80\x80\xff", b"/Type /XObject /Subtype /Image /Width 2 /Height 2 "
                       b"/ColorSpace /DeviceGray /BitsPerComponent 8 "))
    return pdf(objs)


def damaged_xref(good):
    # Every xref offset shifted by 7 bytes: Poppler must rebuild the table by scanning objects.
    head, _, tail = good.partition(b"xref\n")
    lines = tail.split(b"\n")
    for i, line in enumerate(lines):
        if line.endswith(b" n ") and len(line) == 19:
            lines[i] = b"%010d 00000 n " % (int(line[:10]) + 7)
    return head + b"xref\n" + b"\n".join(lines)


def tagged():
    """A tagged page: caption paragraph, then a 3x3 table whose first row is TH, a cell with
    RowSpan 2, a cell with ColSpan 2, and a cell holding a two-item bulleted list (Lbl + LBody) and
    a numbered item; one paragraph is split over two lines with a hyphen."""
    lines = [  # (mcid, x, y, text, font)
        (0, 10, 280, b"Table 7. Small tagged table", b"/F1"),
        (1, 10, 250, b"Key", b"/F2"), (2, 110, 250, b"Who", b"/F2"), (3, 210, 250, b"What", b"/F2"),
        (4, 10, 220, b"A1", b"/F1"), (5, 110, 220, b"VN-", b"/F1"), (6, 110, 208, b"Comite", b"/F1"),
        (7, 210, 220, b"\x95", b"/F1"), (8, 220, 220, b"first point", b"/F1"),
        (9, 210, 208, b"1.", b"/F1"), (10, 220, 208, b"second point", b"/F1"),
        (11, 110, 190, b"spans two columns", b"/F1"),
    ]
    content = b"/Artifact BMC BT /F1 8 Tf 10 10 Td (page footer) Tj ET EMC\n"
    for mcid, x, y, text, font in lines:
        content += (b"/P << /MCID %d >> BDC BT %s 9 Tf %d %d Td (%s) Tj ET EMC\n"
                    % (mcid, font, x, y, text))
    content += b"0.5 w 5 260 m 305 260 l S 5 230 m 305 230 l S 5 200 m 305 200 l S\n"
    content += b"5 170 m 305 170 l S 5 170 m 5 260 l S 105 170 m 105 260 l S\n"
    content += b"205 200 m 205 260 l S 305 170 m 305 260 l S\n"
    objs = pages_doc([content], size=(320, 300),
                     extra_catalog=b"/StructTreeRoot 7 0 R /MarkInfo << /Marked true >>",
                     page_extra=lambda i: b"/StructParents 0 ")
    # Structure elements from object 7 on; page object is 5.
    elems = []

    def add(body):
        elems.append(body)
        return 7 + len(elems) - 1

    def el(kind, parent, kids, attrs=b""):
        return b"<< /Type /StructElem /S /%s /P %d 0 R /Pg 5 0 R /K %s %s>>" % (kind, parent, kids, attrs)

    # Reserve numbers: 7 root, 8 Document, 9 caption P, 10 Table, rows 11-13, cells ...
    numbers = {}
    plan = [
        ("root", None), ("doc", None), ("cap", None), ("table", None),
        ("tr1", None), ("tr2", None), ("tr3", None),
        ("th1", None), ("th2", None), ("th3", None),
        ("td_a1", None), ("td_vn", None), ("td_list", None), ("td_span", None),
        ("p_vn", None), ("L", None), ("li1", None), ("li2", None),
        ("lbl1", None), ("lbody1", None), ("lbl2", None), ("lbody2", None),
    ]
    for i, (name, _) in enumerate(plan):
        numbers[name] = 7 + i
    N = numbers
    R = lambda name: b"%d 0 R" % N[name]
    bodies = {
        "root": b"<< /Type /StructTreeRoot /K %s /ParentTree %d 0 R >>" % (R("doc"), 7 + len(plan)),
        "doc": el(b"Document", N["root"], b"[%s %s]" % (R("cap"), R("table"))),
        "cap": el(b"P", N["doc"], b"0"),
        "table": el(b"Table", N["doc"], b"[%s %s %s]" % (R("tr1"), R("tr2"), R("tr3"))),
        "tr1": el(b"TR", N["table"], b"[%s %s %s]" % (R("th1"), R("th2"), R("th3"))),
        "tr2": el(b"TR", N["table"], b"[%s %s %s]" % (R("td_a1"), R("td_vn"), R("td_list"))),
        "tr3": el(b"TR", N["table"], b"[%s]" % R("td_span")),
        "th1": el(b"TH", N["tr1"], b"1"), "th2": el(b"TH", N["tr1"], b"2"),
        "th3": el(b"TH", N["tr1"], b"3"),
        "td_a1": el(b"TD", N["tr2"], b"4", b"/A << /O /Table /RowSpan 2 >> "),
        "td_vn": el(b"TD", N["tr2"], b"[%s]" % R("p_vn")),
        "td_list": el(b"TD", N["tr2"], b"[%s]" % R("L")),
        "td_span": el(b"TD", N["tr3"], b"11", b"/A << /O /Table /ColSpan 2 >> "),
        "p_vn": el(b"P", N["td_vn"], b"[5 6]"),
        "L": el(b"L", N["td_list"], b"[%s %s]" % (R("li1"), R("li2"))),
        "li1": el(b"LI", N["L"], b"[%s %s]" % (R("lbl1"), R("lbody1"))),
        "li2": el(b"LI", N["L"], b"[%s %s]" % (R("lbl2"), R("lbody2"))),
        "lbl1": el(b"Lbl", N["li1"], b"7"), "lbody1": el(b"LBody", N["li1"], b"8"),
        "lbl2": el(b"Lbl", N["li2"], b"9"), "lbody2": el(b"LBody", N["li2"], b"10"),
    }
    for name, _ in plan:
        objs.append(bodies[name])
    mcid_owner = ["cap", "th1", "th2", "th3", "td_a1", "p_vn", "p_vn", "lbl1", "lbody1", "lbl2",
                  "lbody2", "td_span"]
    objs.append(b"<< /Nums [0 [%s]] >>" % b" ".join(R(n) for n in mcid_owner))
    return pdf(objs)


def tagged_form():
    """A tagged page whose first cell's text is drawn by a Form XObject inside the page's MCID 0;
    the form numbers its own sequence MCID 1, which must not be taken for the page's MCID 1."""
    content = (b"/P << /MCID 0 >> BDC /Fm1 Do EMC\n"
               b"/P << /MCID 1 >> BDC BT /F1 9 Tf 110 50 Td (page text) Tj ET EMC\n")
    form = b"/Span << /MCID 1 >> BDC BT /F1 9 Tf 10 50 Td (form text) Tj ET EMC"
    objs = pages_doc([content], size=(200, 100),
                     extra_catalog=b"/StructTreeRoot 8 0 R /MarkInfo << /Marked true >>",
                     page_extra=lambda i: b"/StructParents 0 ")
    objs[4] = objs[4].replace(b"/Font << /F1 3 0 R /F2 4 0 R >>",
                              b"/Font << /F1 3 0 R /F2 4 0 R >> /XObject << /Fm1 7 0 R >>")
    objs.append(stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 200 100] "
                       b"/Resources << /Font << /F1 3 0 R >> >> "))
    elem = b"<< /Type /StructElem /S /%s /P %d 0 R /Pg 5 0 R /K %s >>"
    objs += [b"<< /Type /StructTreeRoot /K 9 0 R /ParentTree 13 0 R >>",
             elem % (b"Table", 8, b"10 0 R"),
             elem % (b"TR", 9, b"[11 0 R 12 0 R]"),
             elem % (b"TD", 10, b"0"),
             elem % (b"TD", 10, b"1"),
             b"<< /Nums [0 [11 0 R 12 0 R]] >>"]
    return pdf(objs)


def main():
    good = basic()
    files = {
        "basic.pdf": good,
        "image-only.pdf": image_only(),
        "damaged-xref.pdf": damaged_xref(good),
        "truncated.pdf": good[:300],
        "random-after-header.pdf": b"%PDF-1.4\n" + random.Random(3).randbytes(2000),
        "text-file.pdf": b"This is a plain text file with a .pdf name, not a PDF.\n",
        "no-pages.pdf": pdf(pages_doc([])),
        "tagged.pdf": tagged(),
        "tagged-form.pdf": tagged_form(),
    }
    for name, data in files.items():
        with open(name, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
