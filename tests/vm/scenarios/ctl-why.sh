# SPDX-License-Identifier: GPL-2.0-or-later
# modrescuectl why names the right case for every stuck test module, all of
# them stuck at once (two COMING and two GOING modules side by side, so each
# task must be tied to its own module), plus the not-loaded and bad-name errors.
# mrtest-expect-oops: mr_init_oops mr_exit_oops
# mrtest-timeout: 180
. /mrtest/lib.sh

command -v modrescuectl >/dev/null || fail "modrescuectl is not in the image (tests/vm/extras/modrescuectl.list)"

# expect_case NAME CASE-ID [EXIT]: the first line of `why` ends in
# "[CASE-ID...]", the JSON names the same case, and the exit status is EXIT.
expect_case() {
	_m=$1 _case=$2 _rc=${3:-0}
	_out=$(modrescuectl why "$_m" 2>&1)
	_got=$?
	echo "$_out" | sed 's/^/  | /'
	[ "$_got" = "$_rc" ] || fail "why $_m exited $_got, expected $_rc"
	echo "$_out" | head -n 1 | grep -q "\[$_case[],]" ||
		fail "why $_m: first line '$(echo "$_out" | head -n 1)', expected case $_case"
	modrescuectl --json why "$_m" | grep -q "\"case\": \"$_case\"" ||
		fail "why --json $_m does not say case $_case"
}

step "case 1: the chain base is held by mid, top is removable"
insmod_expect OK mr_chain_base
insmod_expect OK mr_chain_mid
insmod_expect OK mr_chain_top
expect_case mr_chain_base held-by-modules
expect_case mr_chain_mid held-by-modules
expect_case mr_chain_top removable-now
modrescuectl why mr_chain_base | grep -q "mr_chain_top, mr_chain_mid, mr_chain_base" ||
	fail "the removal order of mr_chain_base is not top, mid, base"

step "case 2: init oopsed"
# init_module(2) (-i), not finit_module: on 6.4+ an init that oopses inside
# finit_module leaves a stale dedup record (idem_hash) that any later
# finit_module hashing to the same bucket walks; the init-oops scenario
# tests that trap and the fixer's clean-up, set-ups should not gamble on it.
out=$(mr-insmod -i $KMODS/mr_init_oops.ko)
expect_loaded mr_init_oops Loading coming
expect_case mr_init_oops init-crashed

step "case 2': init still running (while mr_init_oops is COMING too)"
mr-insmod $KMODS/mr_init_block.ko >/tmp/insmod.out &
loader=$!
wait_until 20 '[ "$(log_count "mr_init_block: init start")" = 1 ]' || fail "init did not start"
expect_case mr_init_block init-running
modrescuectl why mr_init_block | grep -q "Process $loader" || fail "why does not name pid $loader"
expect_case mr_init_oops init-crashed

step "case 3: no exit function"
insmod_expect OK mr_no_exit
expect_case mr_no_exit no-exit-function

step "case 4: a leaked reference"
insmod_expect OK mr_ref_leak
expect_case mr_ref_leak reference-leak

step "case 5: exit oopsed"
insmod_expect OK mr_exit_oops
out=$(mr-rmmod mr_exit_oops)
expect_loaded mr_exit_oops Unloading going
expect_case mr_exit_oops exit-crashed

step "case 5': exit still running (while mr_exit_oops is GOING too)"
insmod_expect OK mr_exit_block
mr-rmmod mr_exit_block >/tmp/rmmod.out &
unloader=$!
wait_until 20 '[ "$(initstate mr_exit_block)" = going ]' || fail "rmmod did not start the exit"
expect_case mr_exit_block exit-hangs
modrescuectl why mr_exit_block | grep -q "Process $unloader" || fail "why does not name pid $unloader"
expect_case mr_exit_oops exit-crashed

step "not loaded, and a bad name"
expect_case mr_not_there not-loaded 4
modrescuectl why bad/name >/dev/null 2>&1
[ $? = 3 ] || fail "why bad/name did not exit 3"

step "list, graph, kernel and show work on the live system"
modrescuectl list | grep -q "^mr_init_oops .* coming" || fail "list does not show mr_init_oops coming"
modrescuectl graph mr_chain_mid --format dot | grep -q '"mr_chain_top" -> "mr_chain_mid"' ||
	fail "graph lacks the edge top -> mid"
modrescuectl kernel | grep -q "Forced unloading: *yes" || fail "kernel does not report CONFIG_MODULE_FORCE_UNLOAD=y"
modrescuectl --json list >/dev/null || fail "list --json failed"

step "release the blocked init and exit"
echo 1 >/sys/module/mr_init_block/parameters/release
wait $loader
echo 1 >/sys/module/mr_exit_block/parameters/release
wait $unloader
pass
