// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_no_exit - stuck case 3: a module with an init function and no exit
 * function, which delete_module() refuses to remove.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>

static int __init mr_no_exit_init(void)
{
	pr_info("init start\n");
	pr_info("init done\n");
	return 0;
}

module_init(mr_no_exit_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: no exit function");
