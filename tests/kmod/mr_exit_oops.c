// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_exit_oops - stuck case 5: exit dereferences NULL, so rmmod is killed
 * and the module stays GOING, its base reference already dropped.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>

/* Loaded with READ_ONCE() so the compiler cannot prove it is NULL. */
static int *mr_exit_oops_ptr;

static int __init mr_exit_oops_init(void)
{
	pr_info("init start\n");
	pr_info("init done\n");
	return 0;
}

static void __exit mr_exit_oops_exit(void)
{
	int *p = READ_ONCE(mr_exit_oops_ptr);

	pr_info("exit start\n");
	pr_info("read %d\n", READ_ONCE(*p));
	pr_info("exit ran\n");
}

module_init(mr_exit_oops_init);
module_exit(mr_exit_oops_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: exit oopses, module stays GOING");
