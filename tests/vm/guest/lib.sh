# SPDX-License-Identifier: GPL-2.0-or-later
# Shared functions of the guest scenarios (busybox sh), sourced by each
# /mrtest/scenarios/<name>.sh. They speak the line protocol of
# docs/CONTRACTS.md: step prints "MRTEST STEP", fail prints "MRTEST FAIL" and
# ends the scenario, pass prints "MRTEST PASS". /init prints BEGIN and END.
#
# Module names use '_' (as /proc/modules does); files are /kmods/<name>.ko.

KMODS=/kmods
FIXER=$KMODS/modrescue_fixer.ko
TAINT_FORCED_RMMOD=8	# bit 3, 'R'

step() { echo "MRTEST STEP $*"; }
pass() { echo "MRTEST PASS $MRTEST_SCENARIO"; exit 0; }
fail() {
	echo "MRTEST FAIL $MRTEST_SCENARIO $*"
	exit 1
}

# The kernel log lines since the scenario started, for assertions.
log_count() { dmesg | grep -c -F -- "$1"; }

# /proc/modules line and sysfs facts of one module, on one line; what a
# refused repair must leave exactly as it was.
module_line() { grep "^$1 " /proc/modules; }
module_state() { module_line "$1" | awk '{print $5}'; }
module_refs() { module_line "$1" | awk '{print $3}'; }
initstate() { cat "/sys/module/$1/initstate" 2>/dev/null; }
refcnt() { cat "/sys/module/$1/refcnt" 2>/dev/null; }
holders() { ls "/sys/module/$1/holders" 2>/dev/null | tr '\n' ' '; }
snapshot() {
	echo "$(module_line "$1") | initstate=$(initstate "$1") refcnt=$(refcnt "$1") holders=$(holders "$1")"
}
tainted() { cat /proc/sys/kernel/tainted; }
forced_taint() { echo $(( $(tainted) & TAINT_FORCED_RMMOD )); }

is_loaded() { module_line "$1" >/dev/null; }

expect_loaded() { # name state initstate
	is_loaded "$1" || fail "$1 is not in /proc/modules"
	[ -d "/sys/module/$1" ] || fail "/sys/module/$1 is missing"
	[ "$(module_state "$1")" = "$2" ] ||
		fail "$1: /proc/modules state $(module_state "$1"), expected $2"
	[ "$(initstate "$1")" = "$3" ] ||
		fail "$1: initstate $(initstate "$1"), expected $3"
}

expect_gone() { # name
	is_loaded "$1" && fail "$1 is still in /proc/modules: $(module_line "$1")"
	[ -e "/sys/module/$1" ] && fail "/sys/module/$1 still exists"
	return 0
}

# wait_until SECONDS 'CONDITION': poll every 0.1 s until the shell
# condition (evaluated anew each time) holds.
wait_until() {
	_limit=$(( $1 * 10 ))
	_cond=$2
	_i=0
	while ! eval "$_cond"; do
		_i=$((_i + 1))
		[ $_i -ge $_limit ] && return 1
		sleep 0.1
	done
	return 0
}

# insmod_expect ERRNO NAME [PARAMS...]: load /kmods/NAME.ko, want ERRNO
# ("OK" for success) as finit_module's result.
insmod_expect() {
	_want=$1 _name=$2
	shift 2
	_got=$(mr-insmod "$KMODS/$_name.ko" "$@")
	[ "$_got" = "$_want" ] || fail "insmod $_name $*: got '${_got:-killed}', expected $_want"
}

# rmmod_expect ERRNO [-f] NAME: unload, want ERRNO ("OK" for success).
rmmod_expect() {
	_want=$1
	shift
	_got=$(mr-rmmod "$@")
	[ "$_got" = "$_want" ] || fail "rmmod $*: got '${_got:-killed}', expected $_want"
}

# fixer_expect ERRNO PARAMS...: run the fixer, want ERRNO; it must never
# stay loaded, whatever it answered.
fixer_expect() {
	_want=$1
	shift
	_got=$(mr-insmod "$FIXER" "$@")
	[ "$_got" = "$_want" ] || fail "fixer $*: got '${_got:-killed}', expected $_want"
	expect_gone modrescue_fixer
}

# fixer_refuses ERRNO TARGET PARAMS...: the fixer must answer ERRNO and leave
# the target and the taint exactly as they were.
fixer_refuses() {
	_want=$1 _target=$2
	shift 2
	_before="$(snapshot "$_target") taint_r=$(forced_taint)"
	fixer_expect "$_want" "target=$_target" "$@"
	_after="$(snapshot "$_target") taint_r=$(forced_taint)"
	[ "$_before" = "$_after" ] ||
		fail "fixer changed $_target while refusing: before [$_before] after [$_after]"
}

# A task's pid inside a given syscall (175 init_module, 313 finit_module,
# 176 delete_module on x86_64), from /proc/<pid>/syscall.
task_in_syscall() { # nr...
	for _d in /proc/[0-9]*; do
		read -r _nr _rest 2>/dev/null <"$_d/syscall" || continue
		for _want in "$@"; do
			[ "$_nr" = "$_want" ] && { echo "${_d#/proc/}"; return 0; }
		done
	done
	return 1
}
