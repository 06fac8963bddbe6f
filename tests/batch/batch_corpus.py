#!/usr/bin/python3
"""Builds a batch test corpus of at least 200 files in OUTDIR/corpus (generated at test time, never
committed), for the `tablift batch` tests, bench/batch.sh and scripts/slurm-test.sh.

    batch_corpus.py SOURCE_DIR OUTDIR [--small]

SOURCE_DIR is the repository (samples/ and tests/data/ are read). The corpus holds:
  samples/      copies of the sample reports under other names and folders
  generated/    DOCX files written here from scratch, each with its own tables (seeded, so the
                corpus is the same on every run), and a DOCX without any table
  data/         every file of tests/data/pdf (the PDF issue's good and bad inputs)
  bad/          truncated copies of the samples, random bytes, empty files, a text file named
                .pdf, a ZIP that is not a DOCX, two inputs with the same output name
  other/        files that are neither DOCX nor PDF by name or bytes (the batch skips them)
and OUTDIR/expected.tsv (beside OUTDIR/corpus): "<path relative to OUTDIR>\t<converted|failed|skipped|any>" per file
("any": a tests/data input whose fate belongs to the PDF issue). Uses the standard library only.
"""
import os
import random
import shutil
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
WORDS = ('aanbeveling status ministerie land gemeente onderwijs zorg rapport tabel cijfer '
         'vrouwen rechten beleid uitvoering toezicht Aruba Curaçao “quoted” a,b line\u00a0nbsp').split()


def paragraph(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rng, index):
    rows, cols = rng.randint(2, 12), rng.randint(1, 6)
    out = [paragraph(f'Tabel {index}. Generated table {rows}x{cols}'), '<w:tbl><w:tblGrid>']
    out += ['<w:gridCol w:w="1500"/>'] * cols
    out.append('</w:tblGrid>')
    for r in range(rows):
        out.append('<w:tr>')
        if r == 0:
            out.append('<w:trPr><w:tblHeader/></w:trPr>')
        for c in range(cols):
            text = f'Kolom {c + 1}' if r == 0 else ' '.join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
            out.append(f'<w:tc>{paragraph(text)}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def write_docx(path, body):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                           ('word/document.xml', doc)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, data, zipfile.ZIP_DEFLATED)


class Corpus:
    def __init__(self, root):
        self.root = root
        self.expected = []

    def path(self, rel, expect):
        full = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        self.expected.append((rel, expect))
        return full

    def bytes(self, rel, data, expect):
        with open(self.path(rel, expect), 'wb') as f:
            f.write(data)


def build(src, root, small):
    rng = random.Random(20241127)
    c = Corpus(root)
    samples = os.path.join(src, 'samples')
    docx = open(os.path.join(samples, 'cedaw-report.docx'), 'rb').read()
    pdf = open(os.path.join(samples, 'cedaw-report.pdf'), 'rb').read()
    tagged = open(os.path.join(samples, 'cedaw-report-tagged.pdf'), 'rb').read()
    copies = 2 if small else 24
    for i in range(copies):
        c.bytes(f'samples/docx/report-{i:03d}.docx', docx, 'converted')
    for i in range(1 if small else 3):
        c.bytes(f'samples/pdf/report-{i:03d}.pdf', pdf, 'converted')
        c.bytes(f'samples/tagged/report-{i:03d}.pdf', tagged, 'converted')
    c.bytes('samples/no-extension/docx-bytes', docx, 'converted')
    for i in range(6 if small else 120):
        body = ''.join(table(rng, t + 1) + paragraph('tussen') for t in range(rng.randint(1, 3)))
        write_docx(c.path(f'generated/g{i // 40}/doc-{i:03d}.docx', 'converted'), body)
    write_docx(c.path('generated/no-tables.docx', 'failed'), paragraph('geen tabel'))
    data = os.path.join(src, 'tests', 'data', 'pdf')
    for name in sorted(os.listdir(data)):
        if name.endswith('.pdf'):
            shutil.copy(os.path.join(data, name), c.path(f'data/{name}', 'any'))
    for i, cut in enumerate((10, 100, 1000, 4000, len(docx) // 2, len(docx) - 30)):
        c.bytes(f'bad/truncated/docx-{i}.docx', docx[:cut], 'failed')
    for i, cut in enumerate((9, 300, 2000) if small else (9, 300, 2000, 20000, len(pdf) // 3)):
        c.bytes(f'bad/truncated/pdf-{i}.pdf', pdf[:cut], 'failed')
    for i in range(4 if small else 20):
        c.bytes(f'bad/random/r{i:02d}.{"pdf" if i % 2 else "docx"}',
                bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 5000))), 'failed')
    c.bytes('bad/empty.pdf', b'', 'failed')
    c.bytes('bad/empty-too.docx', b'', 'failed')
    # Two inputs with one output name: the first (by path) converts, the second is a clash.
    c.bytes('bad/clash/same.docx', docx, 'converted')
    c.bytes('bad/clash/same.pdf', pdf, 'failed')
    c.bytes('bad/text-named.pdf', b'This is a plain text file, not a PDF.\n', 'failed')
    c.bytes('bad/fake-pdf-header.pdf', b'%PDF-1.7\n' + b'garbage\n' * 50, 'failed')
    with zipfile.ZipFile(c.path('bad/not-a-docx.docx', 'failed'), 'w') as z:
        z.writestr('hello.txt', 'a ZIP without word/document.xml')
    for i in range(3):
        c.bytes(f'other/notes-{i}.txt', b'not a document\n', 'skipped')
    c.bytes('other/random.bin', bytes(rng.getrandbits(8) for _ in range(100)), 'skipped')
    c.bytes('other/empty', b'', 'skipped')
    with open(os.path.join(os.path.dirname(root), 'expected.tsv'), 'w') as f:
        for rel, expect in c.expected:
            f.write(f'{rel}\t{expect}\n')
    return len(c.expected)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    root = os.path.join(argv[2], 'corpus')
    shutil.rmtree(root, ignore_errors=True)
    n = build(argv[1], root, '--small' in argv[3:])
    print(f'{n} files in {root}')


if __name__ == '__main__':
    main(sys.argv)
