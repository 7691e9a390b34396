# SPDX-License-Identifier: GPL-2.0-or-later
# The helper end to end with a polkit grant, the cases it must refuse: init
# still running (case 2') and exit still running (case 5') are refused with
# the pid of the task inside the syscall; and when the helper's own unload
# hangs in an exit function, it reports a timeout with the pid of its child
# still inside delete_module, while it keeps answering: a property read
# during the hang, a queued call that runs once the hang is reported, and a
# force of the hanging module refused with that pid.
# mrtest-timeout: 200
. /mrtest/lib.sh
. /mrtest/helper-env.sh

step "system bus up; a polkit rule grants $MR_USER unload, force-unload and load"
helper_env_start
grant_rule

step "case 2': init still running: force refused with InitRunning and the loader's pid"
mr-insmod $KMODS/mr_init_block.ko >/tmp/insmod.out &
loader=$!
wait_until 20 '[ "$(log_count "mr_init_block: init start")" = 1 ]' || fail "init did not start"
before=$(snapshot mr_init_block)
ctl_expect 5 "InitRunning" force mr_init_block --yes
grep -q "\b$loader\b" /tmp/ctl.out || fail "the refusal does not name pid $loader"
expect_activated_helper
[ "$(snapshot mr_init_block)" = "$before" ] || fail "mr_init_block changed: [$before] -> [$(snapshot mr_init_block)]"
echo 1 >/sys/module/mr_init_block/parameters/release
wait $loader
[ "$(cat /tmp/insmod.out)" = OK ] || fail "insmod answered '$(cat /tmp/insmod.out)' after release"

rmmod_expect OK mr_init_block

step "case 5': exit still running: force refused with ExitRunning and the unloader's pid"
insmod_expect OK mr_exit_block
mr-rmmod mr_exit_block >/tmp/rmmod.out &
unloader=$!
wait_until 20 '[ "$(initstate mr_exit_block)" = going ]' || fail "rmmod did not start the exit"
before=$(snapshot mr_exit_block)
ctl_expect 5 "ExitRunning" force mr_exit_block --yes
grep -q "\b$unloader\b" /tmp/ctl.out || fail "the refusal does not name pid $unloader"
[ "$(snapshot mr_exit_block)" = "$before" ] || fail "mr_exit_block changed: [$before] -> [$(snapshot mr_exit_block)]"
echo 1 >/sys/module/mr_exit_block/parameters/release
wait $unloader
[ "$(cat /tmp/rmmod.out)" = OK ] || fail "rmmod answered '$(cat /tmp/rmmod.out)' after release"
expect_gone mr_exit_block
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set although nothing was forced"

step "case 5' in the helper: unload mr_exit_block hangs in its exit"
insmod_expect OK mr_exit_block
insmod_expect OK mr_no_exit
helper=$(helper_pid)
t0=$(date +%s)
as_user modrescuectl unload mr_exit_block --yes >/tmp/hang.out 2>&1 &
hanging=$!
wait_until 60 '[ "$(initstate mr_exit_block)" = going ]' || fail "the helper's unload did not start the exit"

step "during the hang the helper answers a property read and queues a force of mr_no_exit"
helper_version >/tmp/version.out 2>&1 || fail "reading Version during the hang failed: $(cat /tmp/version.out)"
kill -0 $hanging 2>/dev/null || fail "the unload returned before the property read was answered: not a test of the hang"
as_user modrescuectl force mr_no_exit --yes >/tmp/queued.out 2>&1 &
queued=$!

step "the hanging unload reports a timeout with the pid of the helper's child inside delete_module"
wait $hanging
rc=$?
echo "  \$ modrescuectl unload mr_exit_block -> $rc after $(( $(date +%s) - t0 )) s"
sed 's/^/  | /' /tmp/hang.out
[ "$rc" = 1 ] || fail "the hanging unload exited $rc, expected 1"
grep -q "(Timeout)" /tmp/hang.out || fail "the hanging unload did not report Timeout"
child=$(sed -n 's/.*still running in pid \([0-9][0-9]*\).*/\1/p' /tmp/hang.out | head -n 1)
[ -n "$child" ] || fail "the timeout names no pid"
# /proc/PID/syscall says "running" while the exit's sleep loop is on the
# CPU: look again until it shows the blocked syscall.
wait_until 5 '[ "$(cut -d" " -f1 /proc/$child/syscall)" = 176 ]' ||
	fail "pid $child is not inside delete_module: syscall '$(cat /proc/$child/syscall)'"
[ "$(proc_ppid "$child")" = "$helper" ] || fail "pid $child is not the helper's ($helper) child"
[ "$(helper_pid)" = "$helper" ] || fail "the helper was restarted or died"

step "the queued force ran once the hang was reported"
wait $queued
rc=$?
sed 's/^/  | /' /tmp/queued.out
[ "$rc" = 0 ] || fail "the queued force of mr_no_exit exited $rc"
grep -q "Removed: mr_no_exit" /tmp/queued.out || fail "the queued force did not remove mr_no_exit"
expect_gone mr_no_exit

step "forcing the module whose exit still hangs is refused with the child's pid"
ctl_expect 5 "ExitRunning" force mr_exit_block --yes
grep -q "\b$child\b" /tmp/ctl.out || fail "the refusal does not name pid $child"

step "release: the helper's child finishes, the module is gone"
echo 1 >/sys/module/mr_exit_block/parameters/release
wait_until 20 '! is_loaded mr_exit_block' || fail "mr_exit_block still loaded after release"
expect_gone mr_exit_block
[ "$(log_count "mr_exit_block: exit ran")" = 2 ] || fail "mr_exit_block's exit did not finish twice"
ctl_expect 0 "Loaded: mr_exit_block" load $KMODS/mr_exit_block.ko release=1 --yes
ctl_expect 0 "Removed: mr_exit_block" unload mr_exit_block --yes
[ "$(helper_pid)" = "$helper" ] || fail "the helper was restarted or died"
helper_pass
