# SPDX-License-Identifier: GPL-2.0-or-later
# Case 1: other modules use it. rmmod of a used module says EAGAIN (even
# forced); the fixer refuses with EUSERS and changes nothing; unloading the
# holders first, in dependency order, removes the whole chain.
# mrtest-timeout: 120
. /mrtest/lib.sh

step "insmod the chain base <- mid <- top"
for m in mr_chain_base mr_chain_mid mr_chain_top; do
	insmod_expect OK $m
	expect_loaded $m Live live
done
[ "$(holders mr_chain_base)" = "mr_chain_mid " ] || fail "holders of base: '$(holders mr_chain_base)'"
[ "$(holders mr_chain_mid)" = "mr_chain_top " ] || fail "holders of mid: '$(holders mr_chain_mid)'"
[ -z "$(holders mr_chain_top)" ] || fail "holders of top: '$(holders mr_chain_top)'"

step "stuck: rmmod of base and mid says EAGAIN, forced too"
for m in mr_chain_base mr_chain_mid; do
	rmmod_expect EAGAIN $m
	rmmod_expect EAGAIN -f $m
	expect_loaded $m Live live
done

step "the fixer refuses a module with holders (EUSERS) and changes nothing"
fixer_refuses EUSERS mr_chain_base reset_refcount=1
fixer_refuses EUSERS mr_chain_base reset_state=1 reset_refcount=1 skip_exit=1
fixer_refuses EUSERS mr_chain_mid skip_exit=1

step "unload the holders first: top, mid, base"
for m in mr_chain_top mr_chain_mid mr_chain_base; do
	rmmod_expect OK $m
	expect_gone $m
	[ "$(log_count "$m: exit ran")" = 1 ] || fail "$m: exit did not run once"
done
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set although nothing was forced"

step "the chain loads again"
for m in mr_chain_base mr_chain_mid mr_chain_top; do
	insmod_expect OK $m
done
[ "$(holders mr_chain_base)" = "mr_chain_mid " ] || fail "holders of base after reload: '$(holders mr_chain_base)'"
pass
