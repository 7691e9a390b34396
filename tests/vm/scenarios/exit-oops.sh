# SPDX-License-Identifier: GPL-2.0-or-later
# Case 5: the exit function crashed, the module stays GOING. The fixer sets
# it LIVE, resets the refcount and skips the exit (it already ran once);
# then rmmod works and the module can be loaded again.
# mrtest-expect-oops: mr_exit_oops
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_exit_oops

step "insmod $m, then rmmod: its exit dereferences NULL and the oops kills rmmod"
insmod_expect OK $m
expect_loaded $m Live live
out=$(mr-rmmod $m)
[ -z "$out" ] || fail "rmmod $m returned '$out', expected it to be killed by the oops"
expect_loaded $m Unloading going
pid=$(task_in_syscall 176) && fail "task $pid is still inside delete_module"

step "stuck: rmmod and the kernel's rmmod -f both say EBUSY"
rmmod_expect EBUSY $m
rmmod_expect EBUSY -f $m
expect_loaded $m Unloading going

step "the fixer refuses a GOING module without all three repairs (EINVAL)"
fixer_refuses EINVAL $m reset_refcount=1 skip_exit=1

step "fixer: reset_state reset_refcount skip_exit"
fixer_expect ECANCELED target=$m reset_state=1 reset_refcount=1 skip_exit=1
expect_loaded $m Live live
[ "$(forced_taint)" != 0 ] || fail "TAINT_FORCED_RMMOD not set after the repair"

step "rmmod works, the exit did not run again"
exits=$(log_count "$m: exit")
rmmod_expect OK $m
expect_gone $m
[ "$(log_count "$m: exit")" = "$exits" ] || fail "the exit ran a second time"

step "the same module loads again"
insmod_expect OK $m
expect_loaded $m Live live
pass
