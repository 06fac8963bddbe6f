#!/bin/sh
# Encrypted fixtures from basic.pdf (needs qpdf; run after make_fixtures.py).
set -e
# A user password ("secret") is needed to open it.
qpdf --encrypt secret owner-secret 256 -- basic.pdf encrypted-user.pdf
# Owner password only: opens without a password; copying and printing are "not allowed".
qpdf --encrypt "" owner-secret 256 --extract=n --print=none --modify=none --allow-insecure -- \
  basic.pdf owner-only.pdf
