// SPDX-License-Identifier: GPL-2.0-or-later
/* mr_chain_base - bottom of the chain: exports a symbol mr_chain_mid uses. */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>

#include "mr_chain.h"

int mr_chain_base_value(void)
{
	return 1;
}
EXPORT_SYMBOL_GPL(mr_chain_base_value);

static int __init mr_chain_base_init(void)
{
	pr_info("init start\n");
	pr_info("init done\n");
	return 0;
}

static void __exit mr_chain_base_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_chain_base_init);
module_exit(mr_chain_base_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: bottom of a dependency chain");
