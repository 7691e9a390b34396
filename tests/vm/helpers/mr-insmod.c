// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr-insmod: load one module file and print the result as the errno *name*
 * ("OK", "ECANCELED", "EUSERS", ...) on one line, so the guest scenarios can
 * check the exact code the kernel or the fixer returned. busybox insmod only
 * prints a translated message, which is not enough.
 *
 *   mr-insmod [-i] FILE.ko [param=value ...]
 *
 * By default it calls finit_module(2), like kmod's insmod. -i reads the file
 * and calls init_module(2) instead, which since Linux 6.4 skips the
 * per-file deduplication of finit_module (idempotent_init_module()).
 *
 * Exit status: 0 when the module loaded, 1 when the kernel refused it,
 * 2 on a usage or file error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static int usage(const char *argv0)
{
	fprintf(stderr, "usage: %s [-i] FILE.ko [param=value ...]\n", argv0);
	return 2;
}

/* The whole file in memory, for init_module(2). */
static void *slurp(int fd, size_t *len)
{
	struct stat st;
	char *buf;
	size_t done = 0;

	if (fstat(fd, &st) < 0)
		return NULL;
	buf = malloc(st.st_size ? st.st_size : 1);
	if (!buf)
		return NULL;
	while (done < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + done, st.st_size - done);

		if (n <= 0) {
			free(buf);
			if (n == 0)
				errno = EIO;
			return NULL;
		}
		done += n;
	}
	*len = done;
	return buf;
}

int main(int argc, char **argv)
{
	int use_init_module = 0;
	int opt;

	while ((opt = getopt(argc, argv, "+i")) != -1) {
		if (opt != 'i')
			return usage(argv[0]);
		use_init_module = 1;
	}
	if (optind >= argc)
		return usage(argv[0]);
	const char *file = argv[optind];

	/* The kernel takes the parameters as one space-separated string. */
	size_t len = 1;
	for (int i = optind + 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *params = calloc(1, len);
	if (!params) {
		perror("calloc");
		return 2;
	}
	for (int i = optind + 1; i < argc; i++) {
		if (i > optind + 1)
			strcat(params, " ");
		strcat(params, argv[i]);
	}

	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "%s: %s: %s\n", argv[0], file, strerror(errno));
		return 2;
	}
	long rc;
	if (use_init_module) {
		size_t size;
		void *image = slurp(fd, &size);

		if (!image) {
			fprintf(stderr, "%s: %s: %s\n", argv[0], file, strerror(errno));
			return 2;
		}
		rc = syscall(SYS_init_module, image, size, params);
	} else {
		rc = syscall(SYS_finit_module, fd, params, 0);
	}
	int err = errno;
	close(fd);
	if (rc == 0) {
		puts("OK");
		return 0;
	}
	const char *name = strerrorname_np(err);
	printf("%s\n", name ? name : "EUNKNOWN");
	return 1;
}
