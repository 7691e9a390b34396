# SPDX-License-Identifier: GPL-2.0-or-later
# Case 3: a module with an init but no exit function. delete_module refuses
# it (EBUSY); the fixer clears init/exit (skip_exit) and rmmod works. The
# kernel's own forced unload (O_TRUNC, CONFIG_MODULE_FORCE_UNLOAD=y) is
# the other remedy and is checked too.
# mrtest-timeout: 120
. /mrtest/lib.sh
m=mr_no_exit

step "insmod $m"
insmod_expect OK $m
expect_loaded $m Live live
grep -q "cleanup_module	\[$m\]" /proc/kallsyms && fail "kallsyms lists a cleanup_module for $m"

step "stuck: rmmod says EBUSY (init but no exit)"
rmmod_expect EBUSY $m
expect_loaded $m Live live

step "fixer: skip_exit, the target named with dashes"
fixer_expect ECANCELED target=mr-no-exit skip_exit=1
expect_loaded $m Live live
[ "$(forced_taint)" != 0 ] || fail "TAINT_FORCED_RMMOD not set after the repair"

step "rmmod works"
rmmod_expect OK $m
expect_gone $m

step "the same module loads again; the kernel's rmmod -f removes it too"
insmod_expect OK $m
expect_loaded $m Live live
rmmod_expect EBUSY $m
rmmod_expect OK -f $m
expect_gone $m
pass
