# SPDX-License-Identifier: GPL-2.0-or-later
# The system side of the helper scenarios (busybox sh), sourced after
# lib.sh: a real system bus (Debian's dbus-daemon with system.conf), real
# polkitd 122 and the real helper, both started by D-Bus activation through
# dbus-daemon-launch-helper (there is no systemd in the image), and
# modrescuectl run as an unprivileged user. The files come from
# tests/vm/extras/helper.list; what Debian's maintainer scripts would do
# (accounts, the launch helper's mode, polkit's directories, the fixer where
# DKMS puts it) is done here, as root, before the bus starts.

MR_USER=mrtest
MR_UID=1000
HELPER_NAME=io.github.modrescue.Helper1
HELPER_PATH=/io/github/modrescue/Helper1
HELPER_SERVICE=/usr/share/dbus-1/system-services/$HELPER_NAME.service
LAUNCH_HELPER=/usr/lib/dbus-1.0/dbus-daemon-launch-helper
POLKITD=/usr/lib/polkit-1/polkitd
POLKIT_RULES=/etc/polkit-1/rules.d
# Where DKMS installs the fixer; the helper looks there first.
DKMS_FIXER=/lib/modules/$(uname -r)/updates/dkms/modrescue_fixer.ko

# Print the system services' logs (syslog: dbus-daemon, polkitd, the
# helper's audit lines), indented, when a scenario fails.
helper_env_logs() {
	echo "--- syslog ---"
	sed 's/^/| /' /tmp/syslog 2>/dev/null
	[ "$1" = syslog ] && return 0
	echo "--- processes ---"
	ps -o pid,ppid,user,args 2>/dev/null | grep -v ' \[' | sed 's/^/| /'
}
fail() {
	helper_env_logs
	echo "MRTEST FAIL $MRTEST_SCENARIO $*"
	exit 1
}

# pass, with the audit trail (syslog) in the saved console log.
helper_pass() {
	helper_env_logs syslog
	pass
}

need() { # file what
	[ -e "$1" ] || fail "$1 is not in the image: $2 (tests/vm/extras/helper.list)"
}

# helper_env_start: accounts, files and modes, syslogd and the system bus.
helper_env_start() {
	need /usr/bin/dbus-daemon "Debian's dbus-daemon"
	need $LAUNCH_HELPER "Debian's dbus-daemon-launch-helper"
	need /usr/share/dbus-1/system.conf "Debian's system bus configuration"
	need $POLKITD "Debian's polkitd"
	need /usr/share/dbus-1/system-services/org.freedesktop.PolicyKit1.service "polkitd's activation file"
	need /usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf "polkitd's D-Bus policy"
	need /usr/libexec/modrescue-helper "the helper (build helper/ first)"
	need $HELPER_SERVICE "the helper's activation file (build helper/ first)"
	need /usr/share/dbus-1/system.d/$HELPER_NAME.conf "the helper's D-Bus policy"
	need /usr/share/polkit-1/actions/io.github.modrescue.policy "the helper's polkit actions"
	need /usr/bin/modrescuectl "the CLI (build cli/ first)"

	# Accounts as Debian's dbus, polkitd and adduser create them.
	cat >>/etc/passwd <<-EOF
	messagebus:x:100:101::/nonexistent:/usr/sbin/nologin
	polkitd:x:997:997:polkit:/nonexistent:/usr/sbin/nologin
	$MR_USER:x:$MR_UID:$MR_UID:ModRescue test user:/home/$MR_USER:/bin/sh
	EOF
	cat >>/etc/group <<-EOF
	messagebus:x:101:
	polkitd:x:997:
	$MR_USER:x:$MR_UID:
	EOF
	printf 'passwd: files\ngroup: files\nshadow: files\n' >/etc/nsswitch.conf
	mkdir -p /home/$MR_USER && chown $MR_UID:$MR_UID /home/$MR_USER
	mkdir -p /var/lib/dbus /run/dbus
	[ -e /var/run ] || ln -s /run /var/run
	tr -d '-' </proc/sys/kernel/random/uuid >/etc/machine-id

	# dbus's postinst (dpkg-statoverride): setuid root, run only by the bus
	# user's group. chgrp clears the setuid bit, so the mode comes after.
	chown root:messagebus $LAUNCH_HELPER
	chmod 4754 $LAUNCH_HELPER

	# polkitd reads its rules as user polkitd from private directories.
	mkdir -p $POLKIT_RULES /usr/share/polkit-1/rules.d
	chown polkitd:root $POLKIT_RULES /usr/share/polkit-1/rules.d
	chmod 0700 $POLKIT_RULES /usr/share/polkit-1/rules.d

	# The helper where its activation file (built for the install prefix)
	# says it is.
	_exec=$(sed -n 's/^Exec=//p' $HELPER_SERVICE)
	case $_exec in
	/*) ;;
	*) fail "$HELPER_SERVICE has no absolute Exec= line: '$_exec'" ;;
	esac
	if [ "$_exec" != /usr/libexec/modrescue-helper ]; then
		mkdir -p "$(dirname "$_exec")"
		mv /usr/libexec/modrescue-helper "$_exec"
	fi
	HELPER_EXEC=$_exec

	# The fixer where DKMS installs it, root-owned 0644.
	mkdir -p "$(dirname $DKMS_FIXER)"
	cp $FIXER $DKMS_FIXER
	chown root:root $DKMS_FIXER
	chmod 0644 $DKMS_FIXER

	syslogd -O /tmp/syslog || fail "syslogd did not start"
	dbus-daemon --system || fail "dbus-daemon --system did not start"
	# It binds the socket and writes its pid file before it drops to
	# messagebus: wait for all three.
	wait_until 10 '[ -S /run/dbus/system_bus_socket ]' || fail "the system bus socket did not appear"
	wait_until 10 '[ -s /run/dbus/pid ] && [ "$(proc_uid "$(cat /run/dbus/pid)")" = 100 ]' ||
		fail "dbus-daemon (pid $(cat /run/dbus/pid 2>/dev/null)) does not run as messagebus"
}

# The real uid of a process.
proc_uid() { awk '/^Uid:/ {print $2}' "/proc/$1/status" 2>/dev/null; }
proc_ppid() { awk '/^PPid:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# grant_rule: the polkit rule that lets the test user do the helper's three
# actions without authentication; call after helper_env_start, before the
# first call (polkitd is activated on demand and reads its rules then).
grant_rule() {
	[ -d $POLKIT_RULES ] || fail "$POLKIT_RULES does not exist: call helper_env_start first"
	pidof polkitd >/dev/null && fail "polkitd already runs: write the rule before it starts"
	cat >$POLKIT_RULES/50-modrescue-test.rules <<-EOF
	// ModRescue VM test: $MR_USER (uid $MR_UID) may unload, force and load.
	polkit.addRule(function(action, subject) {
	    if ((action.id == "io.github.modrescue.unload" ||
	         action.id == "io.github.modrescue.force-unload" ||
	         action.id == "io.github.modrescue.load") &&
	        subject.user == "$MR_USER") {
	        return polkit.Result.YES;
	    }
	});
	EOF
	[ $? = 0 ] || fail "cannot write the polkit rule"
	chown polkitd:root $POLKIT_RULES/50-modrescue-test.rules
	chmod 0644 $POLKIT_RULES/50-modrescue-test.rules
}

# as_user CMD ARGS...: run as the unprivileged test user (busybox su, as root
# it asks no password).
as_user() { su -s /bin/sh -c 'exec "$0" "$@"' -- $MR_USER "$@"; }

# ctl_expect STATUS PATTERN ARGS...: run `modrescuectl ARGS` as the test user;
# want exit status STATUS and the extended regex PATTERN in its output (saved
# in /tmp/ctl.out).
ctl_expect() {
	_want=$1 _pat=$2
	shift 2
	_t0=$(date +%s)
	as_user modrescuectl "$@" >/tmp/ctl.out 2>&1
	_got=$?
	echo "  \$ modrescuectl $* -> $_got ($(( $(date +%s) - _t0 )) s)"
	sed 's/^/  | /' /tmp/ctl.out
	[ "$_got" = "$_want" ] || fail "modrescuectl $*: exit status $_got, expected $_want"
	grep -qE -- "$_pat" /tmp/ctl.out || fail "modrescuectl $*: no '$_pat' in its output"
}

# The helper's pid; started by the bus as root. dbus-daemon's activation
# babysitter exits once the name is owned, so the parent is init: the bus's
# own log says who started it.
# Its children (kernel calls in progress) carry the same name: skip them.
helper_pid() {
	_all=" $(pidof modrescue-helper) "
	for _p in $_all; do
		case $_all in
		*" $(proc_ppid "$_p") "*) ;;
		*) echo "$_p"; return 0 ;;
		esac
	done
}
expect_activated() { # bus-name process uid
	grep -q "dbus-daemon\[[0-9]*\]: \[system\] Activating service name='$1' .*(using servicehelper)" /tmp/syslog ||
		fail "dbus-daemon did not activate $1 through its launch helper (syslog)"
	grep -q "dbus-daemon\[[0-9]*\]: \[system\] Successfully activated service '$1'" /tmp/syslog ||
		fail "dbus-daemon did not report $1 as activated (syslog)"
	_p=$(pidof "$2" | awk '{print $1}')
	[ -n "$_p" ] || fail "$2 is not running"
	[ "$(proc_uid "$_p")" = "$3" ] || fail "$2 (pid $_p) runs as uid $(proc_uid "$_p"), not $3"
}
expect_activated_helper() {
	expect_activated $HELPER_NAME modrescue-helper 0
	[ "$(readlink /proc/$(helper_pid)/exe)" = "$HELPER_EXEC" ] ||
		fail "modrescue-helper runs $(readlink /proc/$(helper_pid)/exe), not $HELPER_EXEC"
	expect_activated org.freedesktop.PolicyKit1 polkitd 997
}

# expect_steps PATTERN: the helper's audit line of its latest successful
# request lists steps matching the extended regex PATTERN (how it did it).
expect_steps() {
	_steps=$1
	wait_until 5 'grep "modrescue-helper.*: succeeded; steps: " /tmp/syslog | tail -n 1 | grep -qE -- "$_steps"' ||
		fail "the helper's last success did not do '$1': $(grep "succeeded; steps: " /tmp/syslog | tail -n 1)"
}

# The helper's Version property, read by the test user over the bus.
helper_version() {
	as_user dbus-send --system --print-reply=literal --reply-timeout=10000 \
		--dest=$HELPER_NAME $HELPER_PATH org.freedesktop.DBus.Properties.Get \
		string:$HELPER_NAME string:Version
}
