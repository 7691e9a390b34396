// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr-rmmod: call delete_module(2) once and print the result as the errno
 * *name* ("OK", "EBUSY", "EAGAIN", ...) on one line, like mr-insmod.
 *
 *   mr-rmmod [-f] [-w] NAME
 *
 * -f adds O_TRUNC (the kernel's forced unload, what "rmmod -f" does),
 * -w waits (no O_NONBLOCK). Exit status: 0 when the module is gone,
 * 1 when the kernel refused, 2 on a usage error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int flags = O_NONBLOCK;
	int opt;

	while ((opt = getopt(argc, argv, "fw")) != -1) {
		switch (opt) {
		case 'f':
			flags |= O_TRUNC;
			break;
		case 'w':
			flags &= ~O_NONBLOCK;
			break;
		default:
			return 2;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: %s [-f] [-w] NAME\n", argv[0]);
		return 2;
	}
	if (syscall(SYS_delete_module, argv[optind], flags) == 0) {
		puts("OK");
		return 0;
	}
	const char *name = strerrorname_np(errno);
	printf("%s\n", name ? name : "EUNKNOWN");
	return 1;
}
