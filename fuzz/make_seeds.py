#!/usr/bin/env python3
"""Writes the small crafted seeds of fuzz/corpus/ (docs/fuzzing.md). Run from fuzz/:
python3 make_seeds.py. Big seeds (the samples, the PDF fixtures of tests/data, the shipped
profiles) are not duplicated here: scripts/fuzz.sh copies them into the working corpus."""
import io
import os
import sys
import zipfile
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../tests/data/pdf"))
from make_fixtures import pdf  # noqa: E402  (numbered objects -> a PDF with a correct xref)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STRICT = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
REL_DOC = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def p(text, ppr=""):
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(content, tcpr=""):
    return f"<w:tc>{'<w:tcPr>' + tcpr + '</w:tcPr>' if tcpr else ''}{content}</w:tc>"


def tbl(rows, cols):
    grid = "<w:gridCol/>" * cols
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


NUMPR = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
BODY = (
    p("Tabel 1. Merged cells", '<w:pPr><w:pStyle w:val="Caption"/></w:pPr>')
    + tbl([
        '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc(p("A")) + tc(p("B")) + tc(p("C")) + "</w:tr>",
        "<w:tr>" + tc(p("wide"), '<w:gridSpan w:val="2"/>') + tc(p("x"), '<w:vMerge w:val="restart"/>')
        + "</w:tr>",
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(p("item", NUMPR) + p("2nd", NUMPR))
        + tc(p(""), "<w:vMerge/>") + "</w:tr>",
        "<w:tr>" + tc(tbl(["<w:tr>" + tc(p("nested")) + "</w:tr>"], 1) + p("")) + "</w:tr>",
    ], 3)
    + p('<w:tab/>text<w:br/>more</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:t>')
    + '<w:p><w:ins w:id="1"><w:r><w:t>kept</w:t></w:r></w:ins><w:del w:id="2"><w:r>'
    '<w:delText>gone</w:delText></w:r></w:del><w:fldSimple w:instr="SEQ"><w:r><w:t>1</w:t>'
    '</w:r></w:fldSimple></w:p>'
    + f'<mc:AlternateContent {MC}><mc:Choice Requires="w14">{p("choice")}</mc:Choice>'
    f'<mc:Fallback>{p("fallback")}</mc:Fallback></mc:AlternateContent>'
)
STYLES = (
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:pPr><w:numPr>'
    '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/>'
    '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1">'
    '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/><w:lvlRestart w:val="0"/>'
    '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride '
    'w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
)


def part(root, ns, inner):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} {ns}>{inner}</w:{root}>'


def docx(ns=W, body=BODY, compression=zipfile.ZIP_STORED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        class Fixed:  # fixed entry dates, so the seeds are byte-for-byte reproducible
            @staticmethod
            def writestr(name, data):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = compression
                zf.writestr(info, data)
        z = Fixed
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                   f'Type="{REL_DOC}" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", part("document", ns, f"<w:body>{body}</w:body>"))
        z.writestr("word/styles.xml", part("styles", ns, STYLES))
        z.writestr("word/numbering.xml", part("numbering", ns, NUMBERING))
    return out.getvalue()


def lattice_pdf(compress):
    """One page with a ruled 3x2 table, a caption above it and a bullet in one cell."""
    ops = [b"BT /F1 10 Tf 20 180 Td (Table 1. Ruled) Tj ET", b"0.5 w"]
    for y in (170, 140, 110, 80):
        ops.append(b"20 %d m 220 %d l S" % (y, y))
    for x in (20, 100, 220):
        ops.append(b"%d 80 m %d 170 l S" % (x, x))
    words = [(25, 155, b"Name"), (105, 155, b"Value"), (25, 125, b"a"), (105, 125, b"\\225 one"),
             (105, 115, b"two"), (25, 95, b"b"), (105, 95, b"3")]
    for x, y, w in words:
        ops.append(b"BT /F1 9 Tf %d %d Td (%s) Tj ET" % (x, y, w))
    content = b"\n".join(ops)
    extra = b""
    if compress:
        content, extra = zlib.compress(content), b"/Filter /FlateDecode "
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 240 200] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream",
    ])


def main():
    c = "corpus"
    write(f"{c}/docx_package/features.docx", docx())
    write(f"{c}/docx_package/strict-deflated.docx", docx(STRICT, compression=zipfile.ZIP_DEFLATED))
    write(f"{c}/docx_package/not-a-zip.docx", b"PK\x03\x04" + b"\x00" * 26)
    # docx_parts: the first byte picks the part (0 document, 1 styles, 2 numbering).
    write(f"{c}/docx_parts/document.xml", b"\x00" + part("document", W, f"<w:body>{BODY}</w:body>").encode())
    write(f"{c}/docx_parts/document-strict.xml",
          b"\x00" + part("document", STRICT, f"<w:body>{BODY}</w:body>").encode())
    write(f"{c}/docx_parts/styles.xml", b"\x01" + part("styles", W, STYLES).encode())
    write(f"{c}/docx_parts/numbering.xml", b"\x02" + part("numbering", W, NUMBERING).encode())
    write(f"{c}/pdf/lattice.pdf", lattice_pdf(False))
    write(f"{c}/pdf/lattice-flate.pdf", lattice_pdf(True))
    write(f"{c}/profile_loader/empty-object.json", "{}")
    write(f"{c}/profile_loader/minimal.json",
          '{"name": "mini", "columns": [{"name": "a", "header": "Alpha"}], '
          '"fields": [{"name": "alpha", "type": "string", "from": "a"}]}')
    write(f"{c}/profile_loader/bad-regex.json",
          '{"format": 1, "name": "x", "columns": [{"name": "a", "header": ["A"], '
          '"pattern": "(?<n>"}], "fields": []}')
    write(f"{c}/exporters/small.bin", bytes(range(256)))
    write(f"{c}/exporters/controls.bin", b"\x01\x05\x00\x1f<&>\"\xed\xa0\x80\xf4\x90\x80\x80" * 8)
    hostile_seeds(c)


def hostile_seeds(c):
    """Small forms of bench/hostile.py's inputs (issue 12): a structure tree deeper than Poppler
    may parse, Form XObjects drawn by fan-out, and merged cells whose text every record repeats."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../bench"))
    import hostile  # noqa: E402
    write(f"{c}/pdf/struct-deep.pdf", hostile.deep_structure_pdf(1200))
    write(f"{c}/pdf/form-fanout.pdf", hostile.fanout_pdf(4, 6))
    write(f"{c}/docx_package/vmerge-repeat.docx", hostile.docx(hostile.vmerge_table(40, 6, 300)))
    body = "".join(hostile.vmerge_table(40, 6, 300))
    write(f"{c}/docx_parts/document-vmerge.xml",
          b"\x00" + part("document", W, f"<w:body>{body}</w:body>").encode())


if __name__ == "__main__":
    main()
