// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_init_oops - stuck case 2: init dereferences NULL, so insmod is killed
 * and the module stays COMING with its load reference held.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>

/* Loaded with READ_ONCE() so the compiler cannot prove it is NULL. */
static int *mr_init_oops_ptr;

static int __init mr_init_oops_init(void)
{
	int *p = READ_ONCE(mr_init_oops_ptr);

	pr_info("init start\n");
	pr_info("read %d\n", READ_ONCE(*p));
	pr_info("init done\n");
	return 0;
}

static void __exit mr_init_oops_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_init_oops_init);
module_exit(mr_init_oops_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: init oopses, module stays COMING");
