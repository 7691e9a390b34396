# SPDX-License-Identifier: GPL-2.0-or-later
# The live snapshot benchmark of docs/benchmarks.md: load every module of the
# kernel's own nls, crypto, lib and x86 crypto directories that loads in this
# VM (at least 100 must, or the scenario fails), then modrescue-bench --live
# times `modrescuectl list` and core's in-process snapshot against kmod's
# `lsmod` on those very modules, with and without each program's start-up.
# It prints the ratios (MRTEST STEP lines) and passes whenever it measured:
# a slow ratio is reported, never a failure.
# mrtest-timeout: 840
. /mrtest/lib.sh

BENCH_DIR=/usr/lib/modrescue-bench
KVER=$(uname -r)
MODDIR=/lib/modules/$KVER
REPEATS=${REPEATS:-31}

command -v modrescue-bench >/dev/null ||
	fail "modrescue-bench is not in the image (build its target, then tests/vm/prepare)"
command -v modrescuectl >/dev/null || fail "modrescuectl is not in the image (tests/vm/extras/modrescuectl.list)"
[ -x $BENCH_DIR/kmod ] || fail "kmod is not in the image (tests/vm/extras/bench-lsmod.list)"
[ -d $BENCH_DIR/modules/kernel ] || fail "the kernel's module tree is not in the image (tests/vm/extras/bench-lsmod.list)"

step "install the kernel's modules for $KVER and kmod"
for tool in lsmod modprobe depmod; do
	ln -sf kmod $BENCH_DIR/$tool
done
LSMOD=$BENCH_DIR/lsmod
MODPROBE=$BENCH_DIR/modprobe
$BENCH_DIR/kmod --version 2>&1 | grep -q '^kmod version' || fail "$BENCH_DIR/kmod is not kmod"
mkdir -p /lib/modules
mv $BENCH_DIR/modules $MODDIR || fail "cannot move the module tree to $MODDIR"
$BENCH_DIR/depmod -a "$KVER" || fail "depmod failed"
[ -s $MODDIR/modules.dep ] || fail "depmod wrote no modules.dep"

# The rule: every module of these directories, in modules.dep's order, by
# modprobe (so with its dependencies), except test and fault-injection
# modules and tcrypt (which runs the crypto tests and always fails).
step "modprobe every module of fs/nls, crypto, lib and arch/x86/crypto"
before=$(wc -l </proc/modules)
tried=0
ok=0
for path in $(cut -d: -f1 $MODDIR/modules.dep |
	grep -E '^kernel/(fs/nls|crypto|lib|arch/x86/crypto)/'); do
	name=${path##*/}
	name=${name%%.ko*}
	case $name in
	test_* | *-inject | tcrypt) continue ;;
	esac
	tried=$((tried + 1))
	if $MODPROBE -q "$name" 2>/dev/null; then
		ok=$((ok + 1))
	fi
done
loaded=$(wc -l </proc/modules)
step "modprobe: $ok of $tried candidates loaded; /proc/modules: $before before, $loaded now"
[ "$loaded" -ge 100 ] || fail "only $loaded modules loaded, the benchmark needs at least 100"
[ "$($LSMOD | tail -n +2 | wc -l)" = "$loaded" ] || fail "lsmod does not list the $loaded modules"
modrescuectl list >/tmp/list.out || fail "modrescuectl list failed"

step "modrescue-bench --live --repeats $REPEATS"
modrescue-bench --live --repeats "$REPEATS" --modrescuectl "$(command -v modrescuectl)" \
	--lsmod $LSMOD >/tmp/bench.out 2>&1
rc=$?
sed 's/^/  | /' /tmp/bench.out
[ $rc = 0 ] || fail "modrescue-bench --live exited $rc"
grep -q "^live system: $loaded loaded modules" /tmp/bench.out ||
	fail "the benchmark did not see the $loaded loaded modules"
ratio() { sed -n "s|^ratio $1: *\([0-9.]*\)\$|\1|p" /tmp/bench.out; }
ctl=$(ratio 'modrescuectl list / lsmod')
snap=$(ratio 'snapshot / lsmod')
ctlwork=$(ratio 'list work / lsmod work')
snapwork=$(ratio 'snapshot / lsmod work')
[ -n "$ctl" ] && [ -n "$snap" ] && [ -n "$ctlwork" ] && [ -n "$snapwork" ] ||
	fail "the benchmark printed no ratios"
goal() { awk -v r="$1" 'BEGIN { print (r <= 1.5 ? "goal 1.5 met" : "ABOVE the goal of 1.5") }'; }
step "RATIO $KVER modules=$loaded snapshot/lsmod=$snap ($(goal "$snap"))"
step "RATIO $KVER modules=$loaded modrescuectl-list/lsmod=$ctl ($(goal "$ctl"))"
step "RATIO $KVER modules=$loaded without start-up: snapshot/lsmod=$snapwork ($(goal "$snapwork")), modrescuectl-list/lsmod=$ctlwork ($(goal "$ctlwork"))"

step "modrescue-bench --synthetic --repeats 9"
modrescue-bench --synthetic --repeats 9 >/tmp/synth.out 2>&1 || fail "modrescue-bench --synthetic failed"
sed 's/^/  | /' /tmp/synth.out
synth=$(awk '$1 == 2000 { print $4 }' /tmp/synth.out)
[ -n "$synth" ] || fail "the synthetic benchmark printed no line for 2000 modules"
step "SYNTHETIC 2000 modules: per-module cost ${synth} x that of 500 (1.0 = linear)"
pass
