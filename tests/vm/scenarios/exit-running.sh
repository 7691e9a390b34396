# SPDX-License-Identifier: GPL-2.0-or-later
# Case 5': the exit function is still running (blocked). The module is GOING
# like after an exit oops, but a task is inside delete_module: the fixer
# must refuse with EALREADY and change nothing. Once released, the exit
# finishes and the module is gone.
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_exit_block

step "insmod $m, rmmod in the background: its exit waits for release=1"
insmod_expect OK $m
mr-rmmod $m >/tmp/rmmod.out &
unloader=$!
wait_until 20 '[ "$(initstate $m)" = going ]' || fail "rmmod did not start the exit"
expect_loaded $m Unloading going
# A task woken for a moment reads "running": give it time to sleep again.
wait_until 10 'read -r nr rest </proc/$unloader/syscall; [ "$nr" = 176 ]' ||
	fail "rmmod (pid $unloader) is not inside delete_module: syscall '$nr $rest'"

step "stuck: a second rmmod says EBUSY"
rmmod_expect EBUSY $m

step "the fixer refuses while the exit runs (EALREADY) and changes nothing"
fixer_refuses EALREADY $m reset_state=1 reset_refcount=1 skip_exit=1
[ "$(log_count "$m: exit ran")" = 0 ] || fail "the exit finished before it was released"

step "release: the exit returns, rmmod succeeds"
echo 1 >/sys/module/$m/parameters/release
wait $unloader
[ "$(cat /tmp/rmmod.out)" = OK ] || fail "rmmod answered '$(cat /tmp/rmmod.out)' after release"
expect_gone $m
[ "$(log_count "$m: exit ran")" = 1 ] || fail "the exit did not finish once"

step "the same module loads again and unloads when released beforehand"
insmod_expect OK $m release=1
expect_loaded $m Live live
rmmod_expect OK $m
expect_gone $m
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set although nothing was forced"
pass
