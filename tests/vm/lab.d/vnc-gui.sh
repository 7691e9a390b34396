# SPDX-License-Identifier: GPL-2.0-or-later
# Lab hook (sourced by guest/lab.sh after helper.sh, which starts the system
# bus and grants user mrtest): with `tools/lab --gui` (kernel parameter
# mrlab.gui=PORT) the app runs as mrtest on Qt's VNC platform, port 5900 of
# the guest, which QEMU's user network forwards to 127.0.0.1:PORT on the
# host. It opens on mr_no_exit (stuck: no exit function),
# which Force Remove handles even while 2' and 5' run. The NIC is QEMU's
# e1000; its driver is the kernel's own module (tests/vm/extras/app.list).
# In a subshell: a missing part costs the GUI, never the lab.
mrlab_gui=
for _arg in $(cat /proc/cmdline); do
	case $_arg in
	mrlab.gui=*) mrlab_gui=${_arg#mrlab.gui=} ;;
	esac
done
rm -f /mrtest/lab.d/vnc-gui.banner
if [ -n "$mrlab_gui" ]; then
	if (
		set -e
		[ -x /usr/bin/modrescue ] || { echo "WARNING: the app is not in the image (build app/, then tests/vm/prepare)"; exit 1; }
		_ko=/usr/lib/modrescue-lab/e1000.ko
		if [ -f $_ko.xz ]; then
			unxz -c $_ko.xz >/tmp/e1000.ko
			_ko=/tmp/e1000.ko
		fi
		[ "$(mr-insmod $_ko)" = OK ] || { echo "WARNING: the e1000 driver did not load"; exit 1; }
		wait_until 10 '[ -e /sys/class/net/eth0 ]' || { echo "WARNING: no eth0"; exit 1; }
		ip link set lo up
		ip link set eth0 up
		# QEMU's user network: the guest is always 10.0.2.15, the host 10.0.2.2.
		ip addr add 10.0.2.15/24 dev eth0
		ip route add default via 10.0.2.2
		mkdir -p /run/user/1000
		chown 1000:1000 /run/user/1000
		chmod 0700 /run/user/1000
		su -s /bin/sh -c 'cd /tmp && QT_QPA_PLATFORM=vnc:size=1280x800 XDG_RUNTIME_DIR=/run/user/1000 setsid modrescue --whole-graph --select mr_no_exit >/tmp/modrescue-gui.log 2>&1 </dev/null &' mrtest
		# Listening on 5900 (0x170C) in the kernel's socket table.
		wait_until 60 'grep -q ":170C 0\{8,\}:0000 0A" /proc/net/tcp /proc/net/tcp6' || { echo "WARNING: the app did not open its VNC port (see /tmp/modrescue-gui.log)"; exit 1; }
	); then
		# Printed by lab.sh with the other lab.d banners.
		cat >/mrtest/lab.d/vnc-gui.banner <<-BANNER
		The app runs as user mrtest on Qt's VNC platform (pid $(pidof modrescue)):
		   vncviewer localhost:$mrlab_gui      (from the host; its log: /tmp/modrescue-gui.log)
		 Select a stuck module (red), then Force Remove in its Diagnosis tab: the
		 helper asks polkit, which grants mrtest by its rule. Release mr_init_block and
		 mr_exit_block first to force the COMING and GOING ones (mr_init_oops, mr_exit_oops).
		 Restart it: su mrtest -c "QT_QPA_PLATFORM=vnc:size=1280x800 modrescue --whole-graph &"
		BANNER
		echo "The app runs on VNC (modrescue, pid $(pidof modrescue))."
	else
		echo "WARNING: the GUI did not come up; the lab goes on without it."
	fi
fi
