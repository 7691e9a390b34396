# SPDX-License-Identifier: GPL-2.0-or-later
# The desktop app end to end: the stuck cases loaded, the real system bus,
# real polkitd with a rule granting the unprivileged test user, the helper by
# D-Bus activation (guest/helper-env.sh), and `modrescue` run as that user on
# Qt's offscreen platform. The app shows the stuck modules (a screenshot of
# the main window with the whole graph, sent to the host as the payload
# app-main-window.png: run-scenario saves it in BUILD/vm-artifacts/<kver>/),
# then carries out Force Remove on mr_init_oops (init oopsed, COMING) through
# its own action and dialog (--force-remove NAME --yes): the helper repairs
# it with the fixer and unloads it. Cases 2' and 5' are left out: while a
# task is inside init or delete_module, the fixer refuses every COMING or
# GOING module (helper-refused covers that).
# mrtest-expect-oops: mr_init_oops mr_exit_oops
# mrtest-timeout: 220
. /mrtest/lib.sh
. /mrtest/helper-env.sh

need /usr/bin/modrescue "the app (build app/ first; tests/vm/extras/app.list)"
need /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqoffscreen.so "Qt's offscreen platform"

step "load the stuck cases: 1 (chain), 2 (init oops), 3 (no exit), 4 (leaked reference), 5 (exit oops)"
for m in mr_chain_base mr_chain_mid mr_chain_top mr_no_exit mr_ref_leak mr_exit_oops; do
	insmod_expect OK $m
done
# init_module(2) (-i), not finit_module: on 6.4+ an init that oopses inside
# finit_module leaves a stale dedup record (idem_hash) that any later
# finit_module hashing to the same bucket walks; the init-oops scenario
# tests that trap and the fixer's clean-up, set-ups should not gamble on it.
out=$(mr-insmod -i $KMODS/mr_init_oops.ko)
expect_loaded mr_init_oops Loading coming
out=$(mr-rmmod mr_exit_oops)
expect_loaded mr_exit_oops Unloading going

step "system bus up; a polkit rule grants $MR_USER the helper's actions"
helper_env_start
grant_rule
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set before anything was forced"
# The user's files and XDG_RUNTIME_DIR (Qt wants it private).
mkdir -p /tmp/app && chown $MR_UID:$MR_UID /tmp/app && chmod 0700 /tmp/app

step "the app as $MR_USER: screenshot, then Force Remove on mr_init_oops through the helper"
t0=$(date +%s)
(
	export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/app
	as_user modrescue --force-remove mr_init_oops --yes --whole-graph \
		--screenshot /tmp/app/main-window.png
) >/tmp/app/out 2>&1
got=$?
echo "  \$ modrescue --force-remove mr_init_oops --yes --whole-graph --screenshot ... -> $got ($(( $(date +%s) - t0 )) s)"
sed 's/^/  | /' /tmp/app/out
[ "$got" = 0 ] || fail "modrescue --force-remove mr_init_oops: exit status $got"
grep -q "^saved /tmp/app/main-window.png" /tmp/app/out && [ -s /tmp/app/main-window.png ] ||
	fail "the app saved no screenshot"
grep -q "^force-remove: ok: " /tmp/app/out || fail "the app did not report the helper's success"

step "the helper (activated, authorised by polkit for uid $MR_UID) used the fixer; mr_init_oops is gone"
expect_activated_helper
grep -q "modrescue-helper.*ForceRemove mr_init_oops by uid $MR_UID .*(modrescue) .*polkit: authorized" /tmp/syslog ||
	fail "the helper did not log the app's authorised request (uid $MR_UID)"
expect_steps "steps: finit_module\(.*, \"target=mr_init_oops reset_state=1 reset_refcount=1 skip_exit=1\"\): ECANCELED; delete_module\(mr_init_oops\): done; verify: mr_init_oops is gone$"
expect_gone mr_init_oops
[ "$(forced_taint)" = $TAINT_FORCED_RMMOD ] || fail "TAINT_FORCED_RMMOD not set after forcing"
for m in mr_chain_base mr_chain_mid mr_chain_top mr_no_exit mr_ref_leak; do
	expect_loaded $m Live live
done
expect_loaded mr_exit_oops Unloading going

step "send the screenshot to the host"
_sum=$(md5sum /tmp/app/main-window.png | awk '{print $1}')
# No kernel message may land between the payload lines.
dmesg -n 1
echo "MRPAYLOAD BEGIN app-main-window.png"
base64 /tmp/app/main-window.png
echo "MRPAYLOAD END app-main-window.png $_sum"
helper_pass
