# SPDX-License-Identifier: GPL-2.0-or-later
# Case 2': init is still running (blocked). The module is COMING like after
# an init oops, but a task is inside finit_module: the fixer must refuse
# with EINPROGRESS and change nothing. Once released, init finishes and the
# module unloads normally.
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_init_block

step "insmod $m in the background: its init waits for release=1"
mr-insmod $KMODS/$m.ko >/tmp/insmod.out &
loader=$!
wait_until 20 '[ "$(log_count "$m: init start")" = 1 ]' || fail "init did not start"
expect_loaded $m Loading coming
# A task woken for a moment reads "running": give it time to sleep again.
wait_until 10 'read -r nr rest </proc/$loader/syscall; [ "$nr" = 313 ]' ||
	fail "insmod (pid $loader) is not inside finit_module: syscall '$nr $rest'"

step "stuck: rmmod says EBUSY"
rmmod_expect EBUSY $m

step "the fixer refuses while init runs (EINPROGRESS) and changes nothing"
fixer_refuses EINPROGRESS $m reset_state=1 reset_refcount=1 skip_exit=1
fixer_refuses EINPROGRESS $m reset_refcount=1
[ "$(log_count "$m: init done")" = 0 ] || fail "init finished before it was released"

step "release: init returns, insmod succeeds"
echo 1 >/sys/module/$m/parameters/release
wait $loader
[ "$(cat /tmp/insmod.out)" = OK ] || fail "insmod answered '$(cat /tmp/insmod.out)' after release"
expect_loaded $m Live live

step "rmmod works and runs the exit"
rmmod_expect OK $m
expect_gone $m
[ "$(log_count "$m: exit ran")" = 1 ] || fail "the exit did not run once"

step "the same module loads again"
insmod_expect OK $m release=1
expect_loaded $m Live live
rmmod_expect OK $m
expect_gone $m
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set although nothing was forced"
pass
