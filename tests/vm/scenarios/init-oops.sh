# SPDX-License-Identifier: GPL-2.0-or-later
# Case 2: init crashed, the module stays COMING. The fixer sets it LIVE,
# resets the refcount and skips the exit (init never finished, so the exit
# must not run); then rmmod works and the module can be loaded again.
# mrtest-expect-oops: mr_init_oops
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_init_oops

step "insmod $m: its init dereferences NULL and the oops kills insmod"
out=$(mr-insmod $KMODS/$m.ko)
[ -z "$out" ] || fail "insmod $m returned '$out', expected it to be killed by the oops"
expect_loaded $m Loading coming
[ "$(refcnt $m)" = 1 ] || fail "refcnt $(refcnt $m), expected 1"
[ "$(log_count "$m: init start")" = 1 ] || fail "init did not start once"
[ "$(log_count "$m: init done")" = 0 ] || fail "init finished although it oopsed"
pid=$(task_in_syscall 175 313) && fail "task $pid is still inside (f)init_module"

step "stuck: rmmod and the kernel's rmmod -f both say EBUSY"
rmmod_expect EBUSY $m
rmmod_expect EBUSY -f $m
expect_loaded $m Loading coming

step "the fixer refuses a COMING module without skip_exit (EINVAL)"
fixer_refuses EINVAL $m reset_state=1 reset_refcount=1

step "fixer: reset_state reset_refcount skip_exit"
fixer_expect ECANCELED target=$m reset_state=1 reset_refcount=1 skip_exit=1
expect_loaded $m Live live
[ "$(refcnt $m)" = 0 ] || fail "refcnt $(refcnt $m) after the repair, expected 0"
[ "$(forced_taint)" != 0 ] || fail "TAINT_FORCED_RMMOD not set after the repair"
[ "$(log_count "modrescue_fixer: $m")" = 2 ] || fail "the fixer did not log one line per run"

step "rmmod now works, the exit did not run"
rmmod_expect OK $m
expect_gone $m
[ "$(log_count "$m: exit ran")" = 0 ] || fail "the exit ran although init never finished"

# Since 6.5 (Debian's 6.12) finit_module keeps a record of each load on
# the loader's stack in idem_hash; the oops left a dead one behind, which
# would crash the next finit_module of this file. The fixer drops it.
if grep -q ' idem_hash$' /proc/kallsyms; then
	line=$(dmesg | grep "modrescue_fixer: $m: repaired" | tail -n 1)
	case $line in
	*"dead load records dropped "[1-9]*) ;;
	*) fail "the fixer did not drop the dead load record: '$line'" ;;
	esac
fi
step "the same file loads again with finit_module, like kmod's insmod (and oopses again, as built)"
out=$(mr-insmod $KMODS/$m.ko)
[ -z "$out" ] || fail "second insmod returned '$out'"
[ "$(log_count "$m: init start")" = 2 ] || fail "init did not run a second time"
expect_loaded $m Loading coming

step "and is repaired and removed again"
fixer_expect ECANCELED target=$m reset_state=1 reset_refcount=1 skip_exit=1
rmmod_expect OK $m
expect_gone $m
pass
