# SPDX-License-Identifier: GPL-2.0-or-later
"""Boot a ModRescue test VM in QEMU and judge its serial console.

Shared by tests/vm/run-scenario, tests/vm/capture and the lab test. The
guest speaks the line protocol of docs/CONTRACTS.md; this module enforces
it, watches the kernel log for oopses that were not provoked on purpose,
and saves the whole console log for debugging.
"""

import base64
import hashlib
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parents[3]
VMDIR = TOP / "tests" / "vm"
SERIES = ("6.1", "6.12")


class VmError(Exception):
    """Something needed to boot the VM is missing or broken."""


def cache_dir():
    return Path(os.environ.get("MODRESCUE_CACHE", "/var/cache/modrescue"))


def not_prepared(build, why):
    return VmError(f"{why}\nThe VM kernels are not prepared for {build}: "
                   f"run tests/vm/prepare {build}")


def resolve_kernel(build, which):
    """Map a series (6.1, 6.12) or a kernel version to (series, kver)."""
    listing = build / "vm" / "kernels.list"
    if not listing.is_file():
        raise not_prepared(build, f"{listing} is missing.")
    kernels = dict(line.split() for line in listing.read_text().splitlines() if line.strip())
    if which in kernels:
        return which, kernels[which]
    for series, kver in kernels.items():
        if kver == which:
            return series, kver
    raise VmError(f"unknown kernel '{which}': {listing} has {kernels}")


def kernel_files(build, kver):
    vmlinuz = cache_dir() / "kernels" / kver / "boot" / f"vmlinuz-{kver}"
    image = build / "vm" / kver / "initramfs.img"
    for f in (vmlinuz, image):
        if not f.is_file():
            raise not_prepared(build, f"{f} is missing.")
    return vmlinuz, image


def accel(build):
    """tcg unless KVM really works here (prepare probes it once)."""
    forced = os.environ.get("MODRESCUE_VM_ACCEL")
    if forced:
        return forced
    probe = build / "vm" / "accel"
    if probe.is_file():
        return probe.read_text().strip() or "tcg"
    return "tcg"


def overlay(dest):
    """A cpio archive with the current /init, guest library and scenarios.

    The kernel unpacks concatenated archives in order, so appending this one
    to the prepared image replaces the copies it holds: editing a scenario
    needs no new prepare.
    """
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "mrtest" / "scenarios").mkdir(parents=True)
        shutil.copy2(VMDIR / "guest" / "init", root / "init")
        for f in (VMDIR / "guest").glob("*.sh"):
            shutil.copy2(f, root / "mrtest" / f.name)
        for f in (VMDIR / "scenarios").glob("*.sh"):
            shutil.copy2(f, root / "mrtest" / "scenarios" / f.name)
        # Lab hooks that later parts add (start services, extend the banner).
        hooks = [f for f in (VMDIR / "lab.d").glob("*") if f.suffix in (".sh", ".banner")]
        if hooks:
            (root / "mrtest" / "lab.d").mkdir()
            for f in hooks:
                shutil.copy2(f, root / "mrtest" / "lab.d" / f.name)
        names = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        with open(dest, "wb") as out:
            cpio = subprocess.Popen(["cpio", "-o", "-H", "newc", "--owner=0:0", "--quiet"],
                                    cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            # Same format as the prepared image: the kernel's lz4 reader
            # takes a following lz4 stream, not a gzip one.
            gz = subprocess.Popen(["lz4", "-q", "-l", "-c"], stdin=cpio.stdout, stdout=out)
            cpio.stdout.close()
            cpio.communicate("\n".join(names).encode() + b"\n")
            if cpio.wait() != 0 or gz.wait() != 0:
                raise VmError("could not pack the scenario overlay")


def qemu_command(build, kver, mode, initrd, memory=512, extra_append="", extra_args=()):
    vmlinuz, _ = kernel_files(build, kver)
    # no_timer_check: on a loaded host TCG can starve the guest while it
    # checks the IO-APIC timer at boot, and it then panics ("IO-APIC + timer
    # doesn't work!"); the check proves nothing about modules.
    append = (f"console=ttyS0 panic=-1 loglevel=5 printk.time=1 no_timer_check mrtest={mode} "
              f"{extra_append}").strip()
    return ["qemu-system-x86_64", "-accel", accel(build), "-smp", "1", "-m", str(memory),
            "-nographic", "-no-reboot", "-nic", "none",
            "-kernel", str(vmlinuz), "-initrd", str(initrd), "-append", append,
            *extra_args]


def boot_image(build, kver, rundir):
    """The prepared image with a fresh overlay appended, in rundir."""
    _, image = kernel_files(build, kver)
    rundir.mkdir(parents=True, exist_ok=True)
    ov = rundir / "overlay.cpio.lz4"
    overlay(ov)
    initrd = rundir / "initrd.img"
    with open(initrd, "wb") as out:
        for part in (image, ov):
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)
    return initrd


# --- judging the console ---------------------------------------------------

PROTO = re.compile(r"^MRTEST (BEGIN|STEP|PASS|FAIL|END)(?: (.*))?$")
# Kernel console lines carry a printk timestamp; the guest's own dmesg dump
# is indented with "| " and never matches.
KMSG = re.compile(r"^\[\s*\d+\.\d+\] (.*)$")
INCIDENT = re.compile(r"^(BUG: |Oops: |Oops\b|WARNING: |general protection fault|"
                      r"Initramfs unpacking failed|"
                      r"kernel BUG at|Kernel panic|Unable to handle kernel|"
                      r"INFO: task .* blocked for more than|watchdog: BUG: soft lockup)")
RIP = re.compile(r"RIP: \d+:(\S+)(?:\s+\[(\w+)\])?")


def expectations(scenario_file):
    """Header lines '# mrtest-expect-oops: mod...' and '# mrtest-timeout: N'."""
    oops, timeout = set(), None
    if scenario_file and scenario_file.is_file():
        for line in scenario_file.read_text().splitlines():
            m = re.match(r"#\s*mrtest-expect-oops:\s*(.*)", line)
            if m:
                oops.update(m.group(1).split())
            m = re.match(r"#\s*mrtest-timeout:\s*(\d+)", line)
            if m:
                timeout = int(m.group(1))
    return oops, timeout


def kernel_incidents(lines, expected_oops):
    """Problems in the kernel log: every oops/BUG/WARNING/panic whose RIP is
    not in a module that the scenario makes crash on purpose."""
    problems = []
    kmsg = []
    for line in lines:
        m = KMSG.match(line)
        if m:
            kmsg.append(m.group(1))
    for i, text in enumerate(kmsg):
        if not INCIDENT.match(text):
            continue
        if text.startswith("Initramfs unpacking failed"):
            problems.append(f"the guest image is broken: {text}")
            continue
        if text.startswith("Kernel panic"):
            problems.append(f"kernel panic: {text}")
            continue
        rip_fn = rip_mod = None
        for follow in kmsg[i:i + 80]:
            r = RIP.search(follow)
            if r:
                rip_fn, rip_mod = r.group(1), r.group(2)
                break
        if rip_mod and rip_mod in expected_oops:
            continue
        where = f"RIP {rip_fn} [{rip_mod or 'kernel'}]" if rip_fn else "no RIP found"
        problems.append(f"unexpected kernel incident: {text} ({where})")
    # One oops prints several trigger lines (BUG:, Oops:) with one RIP.
    return list(dict.fromkeys(problems))


def judge(scenario, lines, expected_oops, timed_out):
    """Return a list of failure reasons (empty = passed)."""
    reasons = []
    proto = [(i, PROTO.match(l)) for i, l in enumerate(lines) if l.startswith("MRTEST")]
    state = "start"
    passed = False
    for i, m in proto:
        if not m:
            reasons.append(f"malformed protocol line: {lines[i]!r}")
            continue
        kind, arg = m.group(1), m.group(2) or ""
        if state == "start":
            if kind != "BEGIN" or arg != scenario:
                reasons.append(f"expected 'MRTEST BEGIN {scenario}' first, got {lines[i]!r}")
            state = "running"
        elif state == "running":
            if kind == "STEP":
                pass
            elif kind == "PASS":
                if arg != scenario:
                    reasons.append(f"PASS for the wrong scenario: {lines[i]!r}")
                else:
                    passed = True
                state = "result"
            elif kind == "FAIL":
                reasons.append(f"guest reported: {lines[i]}")
                state = "result"
            elif kind == "END":
                state = "end"
            else:
                reasons.append(f"unexpected protocol line: {lines[i]!r}")
        elif state == "result":
            if kind == "END":
                state = "end"
            else:
                reasons.append(f"protocol line after the result: {lines[i]!r}")
        elif state == "end":
            reasons.append(f"protocol line after END: {lines[i]!r}")
    if state == "start":
        reasons.append("the guest never said MRTEST BEGIN (did the kernel boot?)")
    if not passed and not any(r.startswith("guest reported") for r in reasons):
        reasons.append("no MRTEST PASS")
    if state != "end":
        reasons.append("no MRTEST END")
    if timed_out:
        reasons.append(f"timeout after {timed_out} s")
    reasons += kernel_incidents(lines, expected_oops)
    return reasons


def run_vm(cmd, log_path, timeout, stdin_data=None, echo=False):
    """Run QEMU, collect console lines until it exits or the timeout.

    Returns (lines, timed_out_seconds or 0). The raw console is written to
    log_path as it arrives.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    buf = b""
    lines = []
    timed_out = 0
    end_seen_at = None
    with open(log_path, "wb") as log:
        log.write(("# " + " ".join(cmd) + "\n").encode())
        fd = proc.stdout.fileno()
        while True:
            now = time.monotonic()
            if now - start > timeout:
                timed_out = timeout
                break
            # After END the guest dumps its dmesg and powers off; give it a
            # little time, then stop it.
            if end_seen_at and now - end_seen_at > 20:
                break
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            log.write(chunk)
            log.flush()
            if echo:
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
            buf += chunk
            *complete, buf = buf.split(b"\n")
            for raw in complete:
                line = raw.decode("utf-8", "replace").rstrip("\r")
                # Drop terminal escapes SeaBIOS and the kernel may emit.
                line = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1bc", "", line)
                lines.append(line)
                if line == "MRTEST END" and end_seen_at is None:
                    end_seen_at = time.monotonic()
        if buf:
            lines.append(buf.decode("utf-8", "replace").rstrip("\r"))
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        log.write(f"\n# qemu exit {proc.returncode}, {time.monotonic() - start:.1f} s\n".encode())
    return lines, timed_out


def payload(lines, name):
    """Bytes sent between 'MRPAYLOAD BEGIN name' and 'MRPAYLOAD END name md5'
    as base64 lines; checked against the md5 the guest computed."""
    try:
        first = lines.index(f"MRPAYLOAD BEGIN {name}")
    except ValueError:
        raise VmError(f"the guest sent no payload '{name}'")
    data = []
    for line in lines[first + 1:]:
        m = re.match(rf"^MRPAYLOAD END {re.escape(name)} ([0-9a-f]{{32}})$", line)
        if m:
            blob = base64.b64decode("".join(data), validate=True)
            if hashlib.md5(blob).hexdigest() != m.group(1):
                raise VmError(f"payload '{name}' is corrupt (md5 mismatch)")
            return blob
        data.append(line.strip())
    raise VmError(f"payload '{name}' has no end marker")


def save_payloads(build, which, lines):
    """Save every payload on the console as BUILD/vm-artifacts/<kver>/<name>;
    returns the paths."""
    _, kver = resolve_kernel(build, which)
    saved = []
    for line in lines:
        m = re.match(r"^MRPAYLOAD BEGIN ([\w.+-]+)$", line)
        if m:
            dest = build / "vm-artifacts" / kver / m.group(1)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(payload(lines, m.group(1)))
            saved.append(dest)
    return saved


def run_scenario(build, which, scenario, timeout=None, echo=False, log_name=None):
    """Boot `scenario` on kernel `which`; returns (ok, reasons, lines, log)."""
    series, kver = resolve_kernel(build, which)
    sfile = VMDIR / "scenarios" / f"{scenario}.sh"
    if scenario != "capture" and not sfile.is_file():
        raise VmError(f"no scenario {sfile}")
    expected_oops, wanted_timeout = expectations(sfile if sfile.is_file() else
                                                 VMDIR / "guest" / "capture.sh")
    timeout = timeout or wanted_timeout or 120
    name = log_name or f"{series}.{scenario}"
    rundir = build / "vm" / "runs" / name
    initrd = boot_image(build, kver, rundir)
    cmd = qemu_command(build, kver, scenario, initrd)
    log = build / "vm" / "logs" / f"{name}.log"
    lines, timed_out = run_vm(cmd, log, timeout, echo=echo)
    reasons = judge(scenario, lines, expected_oops, timed_out)
    return not reasons, reasons, lines, log
