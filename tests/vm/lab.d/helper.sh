# SPDX-License-Identifier: GPL-2.0-or-later
# Lab hook (sourced by guest/lab.sh): the system bus with the ModRescue
# helper and polkitd, both started by D-Bus activation on first use, as in
# the helper VM scenarios (guest/helper-env.sh), and a polkit rule that lets
# the unprivileged user mrtest unload, force and load. In a subshell, so a
# missing part only costs the helper, never the lab.
if [ -e /usr/share/dbus-1/system-services/io.github.modrescue.Helper1.service ]; then
	if (. /mrtest/helper-env.sh && helper_env_start && grant_rule); then
		echo "The system bus is up; modrescue-helper and polkitd start on first use."
	else
		echo "WARNING: the helper could not be set up (see above); modrescuectl can still inspect."
	fi
fi
