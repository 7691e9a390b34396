# SPDX-License-Identifier: GPL-2.0-or-later
# Every stuck case of DESIGN.md at once, for the capture and the lab.
# Sourced after lib.sh; setup_all_cases fails the run if a case does not
# end up stuck the way the kernel says it should. The background loader and
# unloader pids are kept in /run/mrtest/.
#
# Case                  module(s)                          state afterwards
# 1  used by others     mr_chain_base <- mid <- top        LIVE, holders/
# 2  init crashed       mr_init_oops                       COMING, no task
# 2' init running       mr_init_block (release=0)          COMING, insmod in finit_module
# 3  no exit function   mr_no_exit                         LIVE, no cleanup_module
# 4  leaked reference   mr_ref_leak                        LIVE, refcnt 1, no holders
# 5  exit crashed       mr_exit_oops                       GOING, no task
# 5' exit running       mr_exit_block (release=0)          GOING, rmmod in delete_module

setup_all_cases() {
	mkdir -p /run/mrtest

	step "case 1: load the chain mr_chain_base <- mr_chain_mid <- mr_chain_top"
	for _m in mr_chain_base mr_chain_mid mr_chain_top; do
		insmod_expect OK $_m
	done
	[ -n "$(holders mr_chain_base)" ] || fail "mr_chain_base has no holders"

	step "case 2: mr_init_oops oopses in its init"
	# init_module(2) (-i), not finit_module: on 6.4+ an init that oopses inside
	# finit_module leaves a stale dedup record (idem_hash) that any later
	# finit_module hashing to the same bucket walks; the init-oops scenario
	# tests that trap and the fixer's clean-up, set-ups should not gamble on it.
	_out=$(mr-insmod -i $KMODS/mr_init_oops.ko)
	[ -z "$_out" ] || fail "insmod mr_init_oops returned '$_out'"
	expect_loaded mr_init_oops Loading coming

	step "case 2': mr_init_block's init waits (insmod in the background)"
	mr-insmod $KMODS/mr_init_block.ko >/run/mrtest/insmod.out &
	echo $! >/run/mrtest/loader.pid
	wait_until 20 '[ "$(initstate mr_init_block)" = coming ] &&
		[ "$(log_count "mr_init_block: init start")" -ge 1 ]' ||
		fail "mr_init_block's init did not start"

	step "case 3: mr_no_exit has no exit function"
	insmod_expect OK mr_no_exit

	step "case 4: mr_ref_leak leaks a reference to itself"
	insmod_expect OK mr_ref_leak
	[ "$(refcnt mr_ref_leak)" = 1 ] || fail "mr_ref_leak refcnt $(refcnt mr_ref_leak)"

	step "case 5: mr_exit_oops oopses in its exit (rmmod killed)"
	insmod_expect OK mr_exit_oops
	_out=$(mr-rmmod mr_exit_oops)
	[ -z "$_out" ] || fail "rmmod mr_exit_oops returned '$_out'"
	expect_loaded mr_exit_oops Unloading going

	step "case 5': mr_exit_block's exit waits (rmmod in the background)"
	insmod_expect OK mr_exit_block
	mr-rmmod mr_exit_block >/run/mrtest/rmmod.out &
	echo $! >/run/mrtest/unloader.pid
	wait_until 20 '[ "$(initstate mr_exit_block)" = going ]' ||
		fail "mr_exit_block's exit did not start"

	# Every case as the kernel reports it.
	for _m in mr_chain_base mr_chain_mid mr_chain_top mr_no_exit mr_ref_leak; do
		expect_loaded $_m Live live
	done
	expect_loaded mr_init_oops Loading coming
	expect_loaded mr_init_block Loading coming
	expect_loaded mr_exit_oops Unloading going
	expect_loaded mr_exit_block Unloading going
}
