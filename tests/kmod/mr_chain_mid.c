// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_chain_mid - middle of the chain: uses mr_chain_base's symbol and
 * exports one mr_chain_top uses.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>

#include "mr_chain.h"

int mr_chain_mid_value(void)
{
	return mr_chain_base_value() + 1;
}
EXPORT_SYMBOL_GPL(mr_chain_mid_value);

static int __init mr_chain_mid_init(void)
{
	pr_info("init start\n");
	pr_info("base says %d\n", mr_chain_base_value());
	pr_info("init done\n");
	return 0;
}

static void __exit mr_chain_mid_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_chain_mid_init);
module_exit(mr_chain_mid_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: middle of a dependency chain");
