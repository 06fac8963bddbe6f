#!/usr/bin/python3
"""Makes a copy of a DOCX with visible tracked changes: every 7th text run of the first table
becomes an insertion, and a deleted run is added after every 11th."""
import sys, zipfile, re
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
data = zin.read('word/document.xml').decode('utf-8')
count = [0]
AUTH = 'w:id="{id}" w:author="Reviewer" w:date="2026-11-01T10:00:00Z"'
def repl(m):
    count[0] += 1
    run = m.group(0)
    n = count[0]
    out = run
    if n % 7 == 0:
        out = f'<w:ins {AUTH.format(id=100000+n)}>{run}</w:ins>'
    if n % 11 == 0:
        out += f'<w:del {AUTH.format(id=200000+n)}><w:r><w:delText xml:space="preserve"> oude tekst</w:delText></w:r></w:del>'
    return out
start = data.find('<w:tbl>')
end = data.rfind('</w:tbl>')
body = re.sub(r'<w:r>(?:(?!</w:r>).)*?<w:t[ >](?:(?!</w:r>).)*?</w:r>', repl, data[start:end], flags=re.S)
data = data[:start] + body + data[end:]
zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    if item.filename == 'word/document.xml':
        zout.writestr(item, data.encode('utf-8'))
    else:
        zout.writestr(item, zin.read(item.filename))
zout.close()
print('runs', count[0])
