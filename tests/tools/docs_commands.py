#!/usr/bin/env python3
"""Checks that the commands README.md and docs/cli.md show match the program.

Usage: docs_commands.py TABLIFT REPO_DIR WORK_DIR

Every line of a code block (fenced, or indented by four spaces) that starts with `tablift ` or
`build/cli/tablift ` (or holds one after `&&`) is a command shown to a user:
- a synopsis (it has a placeholder: an upper-case word such as INPUT or OUTDIR, `[`, `...` or
  `|`) must name only options that `tablift <command> --help` lists, and only commands that exist;
- any other command is run in WORK_DIR (a copy of samples/ there) and must exit with 0.
Prints one line per command checked; exits 1 on the first list of problems.
"""
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

DOCS = ["README.md", "docs/cli.md"]
PLACEHOLDER = re.compile(r"\b[A-Z][A-Z_]{2,}\b|\[|\.\.\.|\|")
PROGRAM = re.compile(r"^(?:build/cli/)?tablift(?:\s|$)")


def code_lines(text):
    fenced = False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield line
        elif line.startswith("    "):
            yield line[4:]


def commands(text):
    """The commands, a synopsis' continuation lines ("    [--opt X] ...") joined to it."""
    pending = None
    for raw in code_lines(text):
        line = raw.strip()
        if pending is not None and line.startswith("["):
            pending += " " + line
            continue
        if pending is not None:
            yield pending
            pending = None
        line = re.split(r"\s{2,}", line)[0]  # what follows two spaces explains the command
        for part in line.split("&&"):
            part = part.strip()
            if PROGRAM.match(part):
                if pending is not None:
                    yield pending
                pending = part
    if pending is not None:
        yield pending


def help_text(exe, command):
    args = [exe] + ([command] if command else []) + ["--help"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_synopsis(exe, line, subcommands):
    words = line.split()
    command = words[1] if len(words) > 1 and not words[1].startswith("-") else ""
    if command and command not in subcommands:
        return [f"unknown command '{command}' in: {line}"]
    known = set(re.findall(r"--[a-z][a-z-]*", help_text(exe, command)))
    known |= {"--help", "--version"}
    if not command:  # "tablift --help | convert --help | ..."
        known |= {o for c in subcommands for o in re.findall(r"--[a-z][a-z-]*", help_text(exe, c))}
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", line))
    return [f"{opt} is not an option of 'tablift {command}' (in: {line})"
            for opt in sorted(named - known)]


def run(exe, line, work):
    args = shlex.split(line)
    args[0] = exe
    r = subprocess.run(args, cwd=work, capture_output=True, text=True, timeout=120)
    return [] if r.returncode == 0 else [f"exit {r.returncode}: {line}\n{r.stderr}"]


def main():
    exe, repo, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copytree(repo / "samples", work / "samples")
    top = help_text(exe, "")
    subcommands = {c for c in ("convert", "inspect", "batch") if re.search(rf"^\s+{c}\b", top, re.M)}
    problems, checked = [], 0
    for doc in DOCS:
        for line in commands((repo / doc).read_text(encoding="utf-8")):
            checked += 1
            synopsis = PLACEHOLDER.search(line.split(None, 1)[1] if " " in line else "")
            found = check_synopsis(exe, line, subcommands) if synopsis else run(exe, line, work)
            print(("FAIL " if found else "ok   ") + f"{doc}: {line}")
            problems += found
    for p in problems:
        print(p)
    if checked == 0:
        print("no command found in the docs")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
