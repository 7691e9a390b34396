# SPDX-License-Identifier: GPL-2.0-or-later
# Capture the kernel's module state with every stuck case present, as a tree
# rooted like / (proc/..., sys/..., boot/...), and send it to the host as a
# base64 tar between "MRPAYLOAD BEGIN fixtures" and "MRPAYLOAD END fixtures
# <md5>" lines. tests/vm/capture stores it in tests/fixtures/<kver>/all-cases/.
# /proc and /sys files report size 0, so each is read into a staging tree.
# mrtest-expect-oops: mr_init_oops mr_exit_oops
# mrtest-timeout: 180
. /mrtest/lib.sh
. /mrtest/all-cases.sh

setup_all_cases

# A sleeping task and a kernel thread, for parsers of /proc/<pid>/syscall.
sleep 1000 &
sleeper=$!

S=/tmp/capture
rm -rf $S
mkdir -p $S/proc/sys/kernel $S/sys/module $S/boot

# grab SOURCE: copy one readable file into the staging tree, or nothing.
grab() {
	mkdir -p "$(dirname "$S$1")"
	cat "$1" >"$S$1" 2>/dev/null || rm -f "$S$1"
}

# A task woken for a moment reads "running" in /proc/<pid>/syscall: capture
# the blocked loader and unloader asleep inside their syscalls.
loader=$(cat /run/mrtest/loader.pid) unloader=$(cat /run/mrtest/unloader.pid)
wait_until 10 'read -r a b </proc/$loader/syscall && [ "$a" = 313 ] &&
	read -r a b </proc/$unloader/syscall && [ "$a" = 176 ]' ||
	fail "the blocked insmod and rmmod are not asleep in their syscalls"

step "stage /proc: modules, kallsyms (module lines only), kernel flags"
grab /proc/modules
grab /proc/version
grep '\[' /proc/kallsyms >$S/proc/kallsyms
grab /proc/sys/kernel/tainted
grab /proc/sys/kernel/modules_disabled
grab /proc/sys/kernel/kptr_restrict
[ -e /sys/kernel/security/lockdown ] && grab /sys/kernel/security/lockdown
[ -e /proc/config.gz ] && grab /proc/config.gz
grab /boot/config-$(uname -r)

step "stage the tasks inside init_module, finit_module or delete_module, and a few others"
pids="1 2 $sleeper $loader $unloader"
for d in /proc/[0-9]*; do
	read -r nr rest 2>/dev/null <$d/syscall || continue
	case $nr in
	175 | 313 | 176) pids="$pids ${d#/proc/}" ;;
	esac
done
for p in $(echo $pids | tr ' ' '\n' | sort -un); do
	for f in syscall comm cmdline wchan stat status; do
		grab /proc/$p/$f
	done
done

step "stage /sys/module: state, refcounts, holders, sizes, taint, parameters"
for d in /sys/module/*; do
	n=${d##*/}
	mkdir -p $S/sys/module/$n
	for f in initstate refcnt coresize initsize taint version srcversion; do
		[ -e $d/$f ] && grab $d/$f
	done
	if [ -d $d/holders ]; then
		mkdir -p $S/sys/module/$n/holders
		for h in $d/holders/*; do
			[ -L "$h" ] && ln -s "$(readlink "$h")" "$S/sys/module/$n/holders/${h##*/}"
		done
	fi
	if [ -d $d/parameters ]; then
		for p in $d/parameters/*; do
			[ -e "$p" ] && grab "$p"
		done
	fi
done

step "send the tree"
tar -C $S -czf /tmp/capture.tgz . || fail "tar failed"
sum=$(md5sum /tmp/capture.tgz | cut -d' ' -f1)
# No kernel message may land between the payload lines.
dmesg -n 1
echo "MRPAYLOAD BEGIN fixtures"
base64 /tmp/capture.tgz
echo "MRPAYLOAD END fixtures $sum"
pass
