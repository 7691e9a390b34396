# SPDX-License-Identifier: GPL-2.0-or-later
# The helper end to end with a polkit grant: real system bus, real polkitd
# with a rule granting the unprivileged test user the three actions, the
# helper started by D-Bus activation. Every stuck case is removed through
# `modrescuectl force --yes` (init oops, no exit, leaked reference, exit oops)
# and the holder chain through `unload --with-dependents`; `reload FILE.ko`
# loads a module again after its forced removal, and forces and reloads a
# stuck one in one go.
# mrtest-expect-oops: mr_init_oops mr_exit_oops
# mrtest-timeout: 200
. /mrtest/lib.sh
. /mrtest/helper-env.sh

# The helper's audit of a removal through the fixer: the fixer from where
# DKMS installs it, with all three repairs, then delete_module.
# ('.' and the '+' of 6.12's release escaped for grep -E.)
fixer_steps() {
	echo "steps: finit_module\\($(echo $DKMS_FIXER | sed 's/[.+]/\\&/g'), \"target=$1 reset_state=1 reset_refcount=1 skip_exit=1\"\\): ECANCELED; delete_module\\($1\\): done; verify: $1 is gone\$"
}

step "system bus up; a polkit rule grants $MR_USER unload, force-unload and load"
helper_env_start
grant_rule
[ "$(forced_taint)" = 0 ] || fail "TAINT_FORCED_RMMOD set before anything was forced"

step "case 2: init oopsed (COMING): force, through the fixer"
out=$(mr-insmod $KMODS/mr_init_oops.ko)
expect_loaded mr_init_oops Loading coming
ctl_expect 0 "Removed: mr_init_oops" force mr_init_oops --yes
expect_steps "$(fixer_steps mr_init_oops)"
expect_activated_helper
expect_gone mr_init_oops
[ "$(forced_taint)" = $TAINT_FORCED_RMMOD ] || fail "TAINT_FORCED_RMMOD not set after forcing"
[ "$(log_count "modrescue_fixer: ")" = 1 ] || fail "the fixer did not run exactly once"
grep -q "modrescue-helper.*uid $MR_UID .*polkit: authorized" /tmp/syslog ||
	fail "the helper did not log the authorised request of uid $MR_UID"

step "case 3: no exit function: force, through the kernel's forced unload"
insmod_expect OK mr_no_exit
ctl_expect 0 "Removed: mr_no_exit" force mr_no_exit --yes
expect_steps "steps: delete_module\(mr_no_exit, O_TRUNC\): done; verify: mr_no_exit is gone$"
expect_gone mr_no_exit

step "case 4: leaked reference: force through the kernel's forced unload, the exit runs"
insmod_expect OK mr_ref_leak
ctl_expect 0 "Removed: mr_ref_leak" force mr_ref_leak --yes
expect_steps "steps: delete_module\(mr_ref_leak, O_TRUNC\): done; verify: mr_ref_leak is gone$"
expect_gone mr_ref_leak
[ "$(log_count "mr_ref_leak: exit ran")" = 1 ] || fail "mr_ref_leak's exit did not run once"

step "case 5: exit oopsed (GOING): force, through the fixer"
[ "$(log_count "modrescue_fixer: ")" = 1 ] || fail "the fixer ran for a case the kernel's forced unload handles"
insmod_expect OK mr_exit_oops
out=$(mr-rmmod mr_exit_oops)
expect_loaded mr_exit_oops Unloading going
ctl_expect 0 "Removed: mr_exit_oops" force mr_exit_oops --yes
expect_steps "$(fixer_steps mr_exit_oops)"
expect_gone mr_exit_oops
[ "$(log_count "modrescue_fixer: mr_exit_oops: repaired: state going->live")" = 1 ] ||
	fail "the fixer did not repair mr_exit_oops from going to live"

step "case 1: plain unload of the chain base is refused; --with-dependents removes top, mid, base"
insmod_expect OK mr_chain_base
insmod_expect OK mr_chain_mid
insmod_expect OK mr_chain_top
ctl_expect 5 "UsedByModules" unload mr_chain_base --yes
expect_loaded mr_chain_base Live live
ctl_expect 0 "Removed: mr_chain_top, mr_chain_mid, mr_chain_base" unload --with-dependents mr_chain_base --yes
expect_gone mr_chain_top
expect_gone mr_chain_mid
expect_gone mr_chain_base

step "load by name: mr_chain_top installed under /lib/modules with kmod's depmod loads mid and base first"
[ -x /usr/local/sbin/depmod ] || fail "kmod's depmod is not in the image (tests/vm/extras/helper.list)"
extra=/lib/modules/$(uname -r)/extra
mkdir -p $extra
cp $KMODS/mr_chain_base.ko $KMODS/mr_chain_mid.ko $KMODS/mr_chain_top.ko $extra/
/usr/local/sbin/depmod -a 2>/tmp/depmod.err || fail "depmod -a failed: $(cat /tmp/depmod.err)"
ctl_expect 0 "Loaded: .*mr_chain_top" load mr_chain_top --yes
expect_loaded mr_chain_base Live live
expect_loaded mr_chain_mid Live live
expect_loaded mr_chain_top Live live
ctl_expect 4 "NoSuchModule" load mr_not_installed --yes

step "reload after a forced removal: mr_exit_oops and mr_ref_leak load again from their files"
ctl_expect 0 "Loaded: mr_exit_oops" reload $KMODS/mr_exit_oops.ko --yes
expect_loaded mr_exit_oops Live live
ctl_expect 0 "Loaded: mr_ref_leak" reload $KMODS/mr_ref_leak.ko --yes
expect_loaded mr_ref_leak Live live

step "reload of a stuck module: mr_ref_leak is forced out (exit runs) and loaded again"
ctl_expect 0 "Removed: mr_ref_leak" reload $KMODS/mr_ref_leak.ko --yes
grep -q "Loaded: mr_ref_leak" /tmp/ctl.out || fail "reload did not load mr_ref_leak again"
expect_loaded mr_ref_leak Live live
[ "$(log_count "mr_ref_leak: exit ran")" = 2 ] || fail "mr_ref_leak's exit did not run on reload"
[ "$(log_count "mr_ref_leak: init done")" = 3 ] || fail "mr_ref_leak was not initialised 3 times"

step "the helper is still the activated one and answers"
expect_activated_helper
helper_version >/tmp/version.out 2>&1 || fail "reading Version failed: $(cat /tmp/version.out)"
helper_pass
