#!/usr/bin/env python3
"""cli-update.py - rewrite the expected output of CLI tests that no longer match.

    tests/tools/cli-update.py tests/cli/extract.t [...]     BUILD=build by default

Runs each .t file the way tests/cli/run.sh does (a fresh folder, `fixtures`
linked, the build's civcas first on PATH) and, for every command whose output
or exit status differs, writes what it printed now in place of the old lines
(and its `? N` status). Lines ending in " (re)" that still match are kept.
Read the diff (git diff) before you commit it: a test is only as good as the
output someone checked."""
import os
import re
import subprocess
import sys
import tempfile

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
build = os.environ.get("BUILD", "build")


def parse(path):
    """Blocks: ('text', line) or ('cmd', command, [expected], status)."""
    blocks, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("$ "):
            cur = ["cmd", line[2:], [], 0]
            blocks.append(cur)
        elif line.startswith("#"):
            cur = None
            blocks.append(["text", line])
        elif line.startswith("? ") and cur is not None:
            cur[3] = int(line[2:])
        elif cur is not None:
            cur[2].append(line)
        else:
            blocks.append(["text", line])
    return blocks


def matches(exp, act):
    exp = list(exp)
    act = list(act)
    while exp and exp[-1] == "":
        exp.pop()
    while act and act[-1] == "":
        act.pop()
    if len(exp) != len(act):
        return False
    for e, a in zip(exp, act):
        if e.endswith(" (re)"):
            if not re.fullmatch(e[: -len(" (re)")], a):
                return False
        elif e != a:
            return False
    return True


def update(path):
    blocks = parse(path)
    changed = 0
    with tempfile.TemporaryDirectory() as work, tempfile.TemporaryDirectory() as bindir:
        os.symlink(os.path.join(root, "tests", "fixtures"), os.path.join(work, "fixtures"))
        os.symlink(os.path.join(root, build, "civcas"), os.path.join(bindir, "civcas"))
        env = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"], ROOT=root, BUILD=build,
                   FIX=os.path.join(root, "tests", "fixtures"))
        for b in blocks:
            if b[0] != "cmd":
                continue
            p = subprocess.run(["bash", "-c", b[1]], cwd=work, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            out = p.stdout.decode("utf-8", "replace").split("\n")
            while out and out[-1] == "":
                out.pop()
            if matches(b[2], out) and p.returncode == b[3]:
                continue
            trailing = [""] if b[2] and b[2][-1] == "" else []
            b[2] = out + trailing
            b[3] = p.returncode
            changed += 1
    lines = []
    for b in blocks:
        if b[0] == "text":
            lines.append(b[1])
            continue
        lines.append("$ " + b[1])
        body = list(b[2])
        trailing = []
        while body and body[-1] == "":
            trailing.append(body.pop())
        lines.extend(body)
        if b[3]:
            lines.append("? %d" % b[3])
        lines.extend(trailing)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print("%s: %d command(s) updated" % (path, changed))


for f in sys.argv[1:]:
    update(f)
