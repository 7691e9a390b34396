// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_ref_leak - stuck case 4: init takes a reference on its own module and
 * never drops it, so the module is LIVE with refcount 1 and no holders.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>

static int __init mr_ref_leak_init(void)
{
	pr_info("init start\n");
	__module_get(THIS_MODULE);
	pr_info("init done\n");
	return 0;
}

static void __exit mr_ref_leak_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_ref_leak_init);
module_exit(mr_ref_leak_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: leaks a reference on itself");
