// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_init_block - stuck case 2': init waits until the parameter "release"
 * is set to 1 (/sys/module/mr_init_block/parameters/release), then succeeds.
 * While it waits the module is COMING and insmod sits in finit_module.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/compiler.h>
#include <linux/delay.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sched/signal.h>

static bool release;
module_param(release, bool, 0644);
MODULE_PARM_DESC(release, "set to 1 to let init finish");

static int __init mr_init_block_init(void)
{
	pr_info("init start\n");
	while (!READ_ONCE(release)) {
		/* A killed insmod must not spin: give up the load. */
		if (fatal_signal_pending(current)) {
			pr_info("init interrupted\n");
			return -EINTR;
		}
		msleep_interruptible(100);
	}
	pr_info("init done\n");
	return 0;
}

static void __exit mr_init_block_exit(void)
{
	pr_info("exit ran\n");
}

module_init(mr_init_block_init);
module_exit(mr_init_block_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: init blocks until released");
