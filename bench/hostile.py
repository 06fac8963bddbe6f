#!/usr/bin/env python3
"""Builds each hostile input of issue 12, runs `tablift` on it under /usr/bin/time -v and prints
one row per case: exit code, seconds, peak RSS, and the first line tablift printed.

    bench/hostile.py [--tablift EXE] [--work DIR] [--small] [--timeout S] [--check] [CASE...]

Full scale (the default) reproduces the issue's table; --small builds the same shapes at a scale
that runs in well under a second, for ctest (tests/cli/CMakeLists.txt runs each case with
--small --check: the exit code must be the expected one, no signal, no file left behind).
Targets at full scale (docs/limits.md): no signal exit, every row under 1 GB peak RSS and under
its time limit plus 10%. Uses only Python's standard library and GNU time (Debian `time`)."""
import argparse
import io
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../tests/data/pdf"))
from make_fixtures import pdf, stream, FONT  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
            'Target="numbering.xml"/></Relationships>')


# ---- DOCX builders ----------------------------------------------------------------------------

def docx(body_chunks, numbering=None):
    """A DOCX whose body is the concatenation of body_chunks (an iterable of str)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        if numbering:
            z.writestr("word/_rels/document.xml.rels", DOC_RELS)
            z.writestr("word/numbering.xml", numbering)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
            for chunk in body_chunks:
                f.write(chunk.encode())
            f.write(b"</w:body></w:document>")
    return buf.getvalue()


def p(text, ppr=""):
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(content, tcpr=""):
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def grid(cols):
    return "<w:tblGrid>" + '<w:gridCol w:w="100"/>' * cols + "</w:tblGrid>"


def vmerge_table(rows, cols, text_bytes):
    """A header row, then `rows` rows whose first `cols` - 1 cells continue a vertical merge
    started in the first data row (text of text_bytes each); the last column has a row number."""
    merged = "m" * text_bytes
    yield "<w:tbl>" + grid(cols) + "<w:tr>" + "".join(tc(p(f"H{c}")) for c in range(cols))
    yield "</w:tr>"
    for r in range(rows):
        first = r == 0
        cells = "".join(tc(p(merged) if first else "<w:p/>",
                           '<w:vMerge w:val="restart"/>' if first else "<w:vMerge/>")
                        for _ in range(cols - 1))
        yield "<w:tr>" + cells + tc(p(str(r))) + "</w:tr>"
    yield "</w:tbl>"


def numbering_docx(rows, lvl_bytes):
    """Every cell is a numbered paragraph whose level text is lvl_bytes long."""
    lvl = "x" * lvl_bytes + "%1."
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum '
                 f'w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
                 f'w:val="decimal"/><w:lvlText w:val="{lvl}"/></w:lvl></w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'

    def body():
        yield "<w:tbl>" + grid(2) + "<w:tr>" + tc(p("a")) + tc(p("b")) + "</w:tr>"
        for r in range(rows):
            yield "<w:tr>" + tc(p("", ppr) * 20) + tc(p(str(r))) + "</w:tr>"
        yield "</w:tbl>"
    return docx(body(), numbering)


def big_xml_docx(megabytes):
    """A document.xml of about `megabytes` MB: one long run of small paragraphs and a table."""
    para = p("filler text of a large report ") * 100
    n = megabytes * (1 << 20) // len(para)

    def body():
        yield "<w:tbl>" + grid(2) + "<w:tr>" + tc(p("a")) + tc(p("b")) + "</w:tr>"
        yield "<w:tr>" + tc(p("1")) + tc(p("2")) + "</w:tr></w:tbl>"
        for _ in range(n):
            yield para
    return docx(body())


def many_tables_docx(n):
    table = ("<w:tbl>" + grid(2) + "<w:tr>" + tc(p("a")) + tc(p("b")) + "</w:tr><w:tr>" +
             tc(p("1")) + tc(p("2")) + "</w:tr></w:tbl>" + p(""))
    return docx(table for _ in range(n))


# ---- PDF builders -----------------------------------------------------------------------------

def one_page_pdf(content, resources=b"/Font << /F1 3 0 R >>", extra_objects=(), catalog=b"",
                 size=(612, 792)):
    """Objects: 1 catalog, 2 pages, 3 font, 4 page, 5 content, then extra_objects (6...)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R " + catalog + b">>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << " % size + resources +
            b" >> /Contents 5 0 R >>", stream(content)]
    return pdf(objs + list(extra_objects))


def deep_structure_pdf(depth):
    """A tagged PDF whose structure tree is one chain of `depth` nested elements."""
    first = 7
    elems = []
    for i in range(depth):
        parent = b"6 0 R" if i == 0 else b"%d 0 R" % (first + i - 1)
        kid = b"%d 0 R" % (first + i + 1) if i + 1 < depth else b"<< /Type /MCR /MCID 0 /Pg 4 0 R >>"
        elems.append(b"<< /Type /StructElem /S /Div /P " + parent + b" /K " + kid + b" >>")
    root = b"<< /Type /StructTreeRoot /K %d 0 R >>" % first
    content = b"/P << /MCID 0 >> BDC BT /F1 10 Tf 20 700 Td (deep) Tj ET EMC"
    return one_page_pdf(content, extra_objects=[root] + elems,
                        catalog=b"/StructTreeRoot 6 0 R /MarkInfo << /Marked true >> ")


def ruled_grid_pdf(n, full_text=False):
    """One page ruled into n x n cells 4 pt wide; a number in every cell when full_text, else
    in the first row only."""
    step, side = 4, 4 * n
    lines = [b"0.1 w"]
    for i in range(n + 1):
        v = 10 + i * step
        lines.append(b"%d 10 m %d %d l" % (v, v, 10 + side))
        lines.append(b"10 %d m %d %d l" % (v, 10 + side, v))
    lines.append(b"S BT /F1 2 Tf")
    for r in range(n if full_text else 1):
        for c in range(n):
            lines.append(b"1 0 0 1 %d %d Tm (%d) Tj" % (11 + c * step, 7 + side - r * step, c % 10))
    lines.append(b"ET")
    return one_page_pdf(b"\n".join(lines), size=(side + 20, side + 20))


def fanout_pdf(depth, fan):
    """Form X0 draws X1 `fan` times, ..., the last form draws a ruled box and a word: fan**depth
    boxes from a file of a few KB."""
    first = 6
    forms = []
    for d in range(depth):
        if d + 1 < depth:
            body = b" ".join(b"q 1 0 0 1 %d 0 cm /X Do Q" % (k % 3) for k in range(fan))
            res = b"<< /XObject << /X %d 0 R >> >>" % (first + d + 1)
        else:
            body = b"0.5 w 10 10 50 20 re S BT /F1 8 Tf 12 12 Td (x) Tj ET"
            res = b"<< /Font << /F1 3 0 R >> >>"
        forms.append(stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                            b"/Resources " + res + b" "))
    return one_page_pdf(b"/X Do", resources=b"/Font << /F1 3 0 R >> /XObject << /X 6 0 R >>",
                        extra_objects=forms)


def cmap_bomb_pdf(ranges, glyphs):
    """A Type0 font whose ToUnicode CMap maps `ranges` bfranges to long strings, drawn with
    `glyphs` two-byte codes."""
    entries = b"\n".join(b"<%04x> <%04x> [%s]" % (i * 2, i * 2 + 1, b"<" + b"0041" * 128 + b"> " * 1)
                         for i in range(ranges))
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Bomb def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            b"%d beginbfrange\n" % ranges + entries + b"\nendbfrange\nendcmap end end")
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H "
            b"/DescendantFonts [7 0 R] /ToUnicode 8 0 R >>")
    cid = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /CIDSystemInfo "
           b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>")
    codes = b"".join(b"%04x" % ((i * 2) % (2 * ranges)) for i in range(glyphs))
    content = b"BT /F2 8 Tf 20 700 Td <" + codes + b"> Tj ET"
    return one_page_pdf(content, resources=b"/Font << /F1 3 0 R /F2 6 0 R >>",
                        extra_objects=[font, cid, stream(cmap)])


# ---- cases ------------------------------------------------------------------------------------

class Case:
    def __init__(self, name, what, ext, build, small, full, expect, args=(), command="convert",
                 limit=300.0):
        self.name, self.what, self.ext, self.build = name, what, ext, build
        self.small, self.full, self.expect = small, full, expect
        self.args, self.command, self.limit = list(args), command, limit


CASES = [
    Case("struct-deep", "tagged PDF, structure tree nesting N levels", "pdf", deep_structure_pdf,
         (40000,), (40000,), {4}),
    Case("struct-deep-inspect", "the same, `inspect`", "pdf", deep_structure_pdf,
         (40000,), (40000,), {4}, command="inspect"),
    Case("vmerge-rows", "DOCX, a 100,000-row vertical merge of 64 KB text", "docx",
         lambda r, t: docx(vmerge_table(r, 2, t)), (2000, 2000), (100000, 65536), {10},
         args=["--max-output-mb", "1"]),
    Case("vmerge-wide", "DOCX, 5,000 rows x 100 merged columns repeated", "docx",
         lambda r, c: docx(vmerge_table(r, c, 1000)), (200, 50), (5000, 100), {10},
         args=["--max-output-mb", "1"]),
    Case("vmerge-1k", "DOCX, 1,000 rows of such repetition", "docx",
         lambda r, c: docx(vmerge_table(r, c, 20000)), (100, 20), (1000, 200), {10},
         args=["--max-output-mb", "1"]),
    Case("numbering", "DOCX, numbering level text multiplied", "docx", numbering_docx,
         (200, 1000), (10000, 20000), {10}, args=["--max-output-mb", "1"]),
    Case("big-xml", "DOCX, a 250 MB document.xml", "docx", big_xml_docx, (3,), (250,), {3},
         args=["--max-entry-mb", "1"]),
    Case("cmap-bomb", "PDF, a ToUnicode CMap bomb", "pdf", cmap_bomb_pdf, (500, 2000),
         (30000, 200000), {0, 3, 4, 10}),
    Case("grid-3000", "PDF, 3000x3000 ruled grid on one page", "pdf", ruled_grid_pdf,
         (300,), (3000,), {0, 3, 4, 10}, args=["--max-cells", "1000"]),
    Case("grid-1000-10s", "PDF, 1000x1000 full grid with --max-seconds 10", "pdf",
         lambda n: ruled_grid_pdf(n, True), (150,), (1000,), {0, 3, 10},
         args=["--max-seconds", "10"], limit=10.0),
    Case("form-fanout", "PDF, a Form XObject drawn by fan-out", "pdf", fanout_pdf, (6, 8),
         (9, 10), {3, 10}, args=["--max-seconds", "2"], limit=2.0),
    Case("many-tables", "DOCX with 3,000 tables", "docx", many_tables_docx, (300,), (3000,),
         {0}, args=["--format", "csv"]),
    Case("temp-link", "links planted at the temporary names the old scheme predicts", "docx",
         many_tables_docx, (2,), (2,), {0}),
]
FULL_ARGS = {  # full scale: the default limits, except where the issue names one
    "grid-1000-10s": ["--max-seconds", "10"],
    "form-fanout": [],
    "many-tables": ["--format", "csv"],
}


def plant_links(out, stem, victim):
    """Runs in the child between fork and exec: links at every temporary name the pid and a
    counter predicted (".<stem><suffix>.tmp-<pid>-<n>"), all pointing at `victim`."""
    pid = os.getpid()
    for suffix in (".json", ".xml", ".table-1.csv", ".table-2.csv"):
        for n in range(8):
            os.symlink(victim, os.path.join(out, f".{stem}{suffix}.tmp-{pid}-{n}"))


def run_link_case(case, exe, path, out):
    victim = os.path.join(os.path.dirname(out), case.name + ".victim")
    with open(victim, "w") as f:
        f.write("untouched\n")
    start = time.monotonic()
    proc = subprocess.run([exe, "convert", path, "-o", out], capture_output=True, text=True,
                          preexec_fn=lambda: plant_links(out, case.name, victim))
    with open(victim) as f:
        intact = f.read() == "untouched\n"
    for name in os.listdir(out):
        if os.path.islink(os.path.join(out, name)):
            os.remove(os.path.join(out, name))
    return dict(exit=proc.returncode if intact else "overwrote", seconds=time.monotonic() - start,
                rss_mb=0, message="link target untouched" if intact else
                "the planted link's target was overwritten", out=out)


def run_case(case, exe, work, small, timeout):
    path = os.path.join(work, case.name + "." + case.ext)
    with open(path, "wb") as f:
        f.write(case.build(*(case.small if small else case.full)))
    out = os.path.join(work, case.name + ".out")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    if case.name == "temp-link":
        return run_link_case(case, exe, path, out)
    args = case.args if small else FULL_ARGS.get(case.name, [])
    cmd = [exe, case.command, path] + (["-o", out] if case.command == "convert" else []) + args
    start = time.monotonic()
    # The descriptor limit of the machine (1,024), lowered to 64 at test scale.
    files = 64 if small else 1024
    proc = subprocess.Popen(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, errors="replace",
                            start_new_session=True,
                            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE,
                                                                  (files, files)))
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # time and tablift: a new session each, so only these two
        proc.communicate()
        return dict(exit="killed", seconds=time.monotonic() - start, rss_mb=float("nan"),
                    message=f"still running after {timeout} s", out=out)
    proc = subprocess.CompletedProcess(cmd, proc.returncode, "", stderr)
    seconds = time.monotonic() - start
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    status = re.search(r"Exit status: (\d+)", proc.stderr)
    signal = re.search(r"Command terminated by signal (\d+)", proc.stderr)
    code = f"signal {signal.group(1)}" if signal else int(status.group(1)) if status else "?"
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("tablift")]
    return dict(exit=code, seconds=seconds, rss_mb=int(rss.group(1)) / 1024 if rss else 0,
                message=lines[0][:90] if lines else "", out=out)


def check(case, result):
    """Problems of a --small run (what ctest fails on)."""
    problems = []
    if result["exit"] not in case.expect:
        problems.append(f"exit {result['exit']}, expected one of {sorted(case.expect)}")
    if result["exit"] not in (0, "killed"):
        left = os.listdir(result["out"])
        if left:
            problems.append(f"files left behind after a failure: {left[:5]}")
    elif result["exit"] == 0 and case.command == "convert":
        # .tablift/ is tablift's record of the files it wrote (docs/cli.md), not a temporary
        temps = [n for n in os.listdir(result["out"]) if n.startswith(".") and n != ".tablift"]
        if temps:
            problems.append(f"temporary files left: {temps[:5]}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", help="case names (default: all)")
    ap.add_argument("--tablift", default=os.environ.get("TABLIFT",
                                                        os.path.join(HERE, "../build/cli/tablift")))
    ap.add_argument("--work", default="/tmp/tablift-hostile")
    ap.add_argument("--small", action="store_true", help="test scale (ctest)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a case misbehaves")
    ap.add_argument("--timeout", type=float, default=900, help="kill a run after S seconds")
    a = ap.parse_args()
    wanted = [c for c in CASES if not a.cases or c.name in a.cases]
    if a.cases and len(wanted) != len(a.cases):
        sys.exit(f"unknown case among {a.cases}; cases: {[c.name for c in CASES]}")
    os.makedirs(a.work, exist_ok=True)
    print(f"{'case':<20} {'exit':>9} {'seconds':>8} {'peak MB':>8}  message")
    failed = False
    for case in wanted:
        r = run_case(case, a.tablift, a.work, a.small, a.timeout)
        print(f"{case.name:<20} {str(r['exit']):>9} {r['seconds']:8.1f} {r['rss_mb']:8.0f}  "
              f"{r['message']}", flush=True)
        for problem in check(case, r) if a.check else []:
            print(f"FAIL {case.name}: {problem}")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
