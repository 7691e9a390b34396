# SPDX-License-Identifier: GPL-2.0-or-later
# Case 4: a LIVE module whose refcount leaked (no holders). rmmod says
# EAGAIN (EWOULDBLOCK); the fixer resets the refcount and rmmod then RUNS
# the exit function. The kernel's rmmod -f does the same.
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_ref_leak

step "insmod $m: init takes a reference on itself"
insmod_expect OK $m
expect_loaded $m Live live
[ "$(refcnt $m)" = 1 ] || fail "refcnt $(refcnt $m), expected 1"
[ -z "$(holders $m)" ] || fail "unexpected holders: $(holders $m)"
grep -q "cleanup_module	\[$m\]" /proc/kallsyms || fail "kallsyms lists no cleanup_module for $m"

step "stuck: rmmod says EAGAIN"
rmmod_expect EAGAIN $m
expect_loaded $m Live live
[ "$(log_count "$m: exit ran")" = 0 ] || fail "the exit ran although rmmod failed"

step "fixer: reset_refcount"
fixer_expect ECANCELED target=$m reset_refcount=1
expect_loaded $m Live live
[ "$(refcnt $m)" = 0 ] || fail "refcnt $(refcnt $m) after the repair, expected 0"
[ "$(forced_taint)" != 0 ] || fail "TAINT_FORCED_RMMOD not set after the repair"

step "rmmod works and runs the exit"
rmmod_expect OK $m
expect_gone $m
[ "$(log_count "$m: exit ran")" = 1 ] || fail "mr_ref_leak: exit ran not logged once"

step "the same module loads again; the kernel's rmmod -f removes it and runs the exit"
insmod_expect OK $m
[ "$(refcnt $m)" = 1 ] || fail "refcnt $(refcnt $m) after reload, expected 1"
rmmod_expect OK -f $m
expect_gone $m
[ "$(log_count "$m: exit ran")" = 2 ] || fail "the exit did not run on rmmod -f"
pass
