// SPDX-License-Identifier: GPL-2.0-or-later
/* mr_chain_top - top of the chain: uses mr_chain_mid's symbol. */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>

#include "mr_chain.h"

static int __init mr_chain_top_init(void)
{
	pr_info("init start\n");
	pr_info("mid says %d\n", mr_chain_mid_value());
	pr_info("init done\n");
	return 0;
}

static void __exit mr_chain_top_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_chain_top_init);
module_exit(mr_chain_top_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: top of a dependency chain");
