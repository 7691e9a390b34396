# SPDX-License-Identifier: GPL-2.0-or-later
# The lab (tools/lab): set up every stuck case, run the hooks that later
# parts add (/mrtest/lab.d/*.sh, e.g. to start dbus-daemon, polkitd and the
# helper), print the banner and open a shell on the console. When the shell
# exits, /init powers the VM off.
. /mrtest/lib.sh
. /mrtest/all-cases.sh
MRTEST_SCENARIO=lab

echo "Setting up the stuck modules..."
# A subshell, so a case that does not get stuck still leaves a usable lab.
if ! (setup_all_cases); then
	echo "WARNING: the lab is incomplete: a case above did not get stuck as expected."
fi
for hook in /mrtest/lab.d/*.sh; do
	[ -f "$hook" ] && . "$hook"
done

fix="mr-insmod $FIXER"
cat <<BANNER

==================== ModRescue lab: Linux $(uname -r) ====================
Every stuck case is loaded (modules in $KMODS; cat /proc/modules, /sys/module/mr_*).
mr-insmod FILE.ko [param=value...] and mr-rmmod [-f] NAME print the errno name.
The fixer never stays loaded; ECANCELED means it applied the repairs.

 1  mr_chain_base <- mr_chain_mid <- mr_chain_top: used by others (rmmod: EAGAIN)
      the fixer refuses:  $fix target=mr_chain_base reset_refcount=1   (EUSERS)
      remedy:             mr-rmmod mr_chain_top; mr-rmmod mr_chain_mid; mr-rmmod mr_chain_base
 2' mr_init_block: init still running, insmod pid $(cat /run/mrtest/loader.pid) (rmmod: EBUSY)
      the fixer refuses:  $fix target=mr_init_block reset_state=1 reset_refcount=1 skip_exit=1   (EINPROGRESS)
      release it:         echo 1 > /sys/module/mr_init_block/parameters/release
 5' mr_exit_block: exit still running, rmmod pid $(cat /run/mrtest/unloader.pid) (rmmod: EBUSY)
      the fixer refuses:  $fix target=mr_exit_block reset_state=1 reset_refcount=1 skip_exit=1   (EALREADY)
      release it:         echo 1 > /sys/module/mr_exit_block/parameters/release
 While a task is inside (f)init_module or delete_module (2', 5'), the fixer also
 refuses every COMING or GOING module: release those two first.
 2  mr_init_oops: init oopsed, COMING (rmmod: EBUSY, even rmmod -f)
      $fix target=mr_init_oops reset_state=1 reset_refcount=1 skip_exit=1
      then: mr-rmmod mr_init_oops   (its exit does not run)
      (on 6.12 the fixer also drops the dead load record the oops left in idem_hash,
      so mr-insmod $KMODS/mr_init_oops.ko loads the same file again)
 3  mr_no_exit: no exit function (rmmod: EBUSY)
      $fix target=mr_no_exit skip_exit=1      or the kernel's own: mr-rmmod -f mr_no_exit
 4  mr_ref_leak: leaked reference, refcnt 1 (rmmod: EAGAIN)
      $fix target=mr_ref_leak reset_refcount=1   then: mr-rmmod mr_ref_leak   (its exit runs)
 5  mr_exit_oops: exit oopsed, GOING (rmmod: EBUSY, even rmmod -f)
      $fix target=mr_exit_oops reset_state=1 reset_refcount=1 skip_exit=1
      then: mr-rmmod mr_exit_oops
dmesg shows the fixer's one line per run. Leave with: exit (powers the VM off)
==========================================================================
BANNER
for banner in /mrtest/lab.d/*.banner; do
	[ -f "$banner" ] && cat "$banner"
done

export PS1='lab# '
setsid cttyhack sh -l
