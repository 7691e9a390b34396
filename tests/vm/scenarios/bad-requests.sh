# SPDX-License-Identifier: GPL-2.0-or-later
# The fixer refuses requests that make no sense, changes nothing and never
# stays loaded: no target, a bad name, no repair asked, an unknown module
# (ESRCH), itself (ELOOP).
# mrtest-timeout: 120
. /mrtest/lib.sh

step "a harmless target: mr_ref_leak"
insmod_expect OK mr_ref_leak
before=$(snapshot mr_ref_leak)

step "no target, empty or bad target name: EINVAL"
fixer_expect EINVAL
fixer_expect EINVAL reset_refcount=1
fixer_expect EINVAL target= reset_refcount=1
fixer_expect EINVAL target=mr/ref_leak reset_refcount=1
fixer_expect EINVAL target=mr_ref_leak_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx reset_refcount=1

step "no repair asked for: EINVAL"
fixer_expect EINVAL target=mr_ref_leak
fixer_expect EINVAL target=mr_ref_leak reset_state=0 reset_refcount=0 skip_exit=0

step "unknown module: ESRCH"
fixer_expect ESRCH target=mr_not_loaded reset_refcount=1
fixer_expect ESRCH target=mr_chain_base reset_state=1 reset_refcount=1 skip_exit=1

step "the fixer itself: ELOOP"
fixer_expect ELOOP target=modrescue_fixer reset_refcount=1
fixer_expect ELOOP target=modrescue-fixer reset_state=1 reset_refcount=1 skip_exit=1

step "nothing changed"
[ "$(snapshot mr_ref_leak)" = "$before" ] || fail "mr_ref_leak changed: [$before] -> [$(snapshot mr_ref_leak)]"
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set by a refused request"
[ "$(log_count "modrescue_fixer: ")" = 11 ] || fail "expected 11 fixer log lines, got $(log_count "modrescue_fixer: ")"
pass
