# SPDX-License-Identifier: GPL-2.0-or-later
# The helper end to end without a polkit grant: real system bus, real
# polkitd, the helper started by D-Bus activation, modrescuectl run as an
# unprivileged user. polkitd itself says no (allow_any=no, no rule), so every
# method (Unload, UnloadWithDependents, ForceRemove, LoadModule, LoadFile;
# reload uses the same ones) answers io.github.modrescue.Error.NotAuthorized
# and nothing changes: /proc/modules, the taint, no fixer run.
# mrtest-timeout: 150
. /mrtest/lib.sh
. /mrtest/helper-env.sh

step "system bus up; no polkit rule for $MR_USER"
helper_env_start
uid=$(as_user id -u 2>&1)
[ "$uid" = $MR_UID ] || fail "as_user does not run as uid $MR_UID: '$uid'"

step "loaded: a removable chain, a leaked reference, no exit function"
for m in mr_chain_base mr_chain_mid mr_chain_top mr_ref_leak mr_no_exit; do
	insmod_expect OK $m
done
before=$(sort /proc/modules)
taint_before=$(tainted)

# Denied by polkitd itself, not by a failed check (that says "could not be
# checked"): the helper reports polkit's answer "denied".
denied='not authorized \(denied\) \(NotAuthorized\)'

step "unload and unload --with-dependents: NotAuthorized"
ctl_expect 5 "$denied" unload mr_chain_top --yes
expect_activated_helper
ctl_expect 5 "$denied" unload --with-dependents mr_chain_base --yes

step "force: NotAuthorized"
ctl_expect 5 "$denied" force mr_ref_leak --yes

step "load by name and from a .ko file: NotAuthorized"
ctl_expect 5 "$denied" load mr_exit_oops --yes
ctl_expect 5 "$denied" load $KMODS/mr_init_block.ko release=1 --yes

step "the helper logged each refusal with the caller's uid"
n=$(grep -c "modrescue-helper.*polkit: denied" /tmp/syslog)
[ "$n" = 5 ] || fail "expected 5 'polkit: denied' lines from the helper in syslog, got $n"
grep "modrescue-helper.*polkit: denied" /tmp/syslog | grep -qv "$MR_UID" &&
	fail "a helper audit line does not name uid $MR_UID"

step "nothing changed"
after=$(sort /proc/modules)
[ "$before" = "$after" ] || fail "/proc/modules changed: before [$before] after [$after]"
[ "$(tainted)" = "$taint_before" ] || fail "taint changed: $taint_before -> $(tainted)"
[ "$(log_count "modrescue_fixer: ")" = 0 ] || fail "the fixer ran"
expect_gone mr_exit_oops
expect_gone mr_init_block
[ "$(module_refs mr_ref_leak)" = 1 ] || fail "mr_ref_leak's reference count changed"

step "the helper still answers (Version property, read by $MR_USER)"
helper_version >/tmp/version.out 2>&1 || fail "reading Version failed: $(cat /tmp/version.out)"
helper_pass
