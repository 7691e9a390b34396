// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mr_exit_block - stuck case 5': exit waits until the parameter "release"
 * is set to 1 (/sys/module/mr_exit_block/parameters/release). While it
 * waits the module is GOING and rmmod sits in delete_module.
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
MODULE_PARM_DESC(release, "set to 1 to let exit finish");

static int __init mr_exit_block_init(void)
{
	pr_info("init start\n");
	pr_info("init done\n");
	return 0;
}

static void __exit mr_exit_block_exit(void)
{
	pr_info("exit start\n");
	while (!READ_ONCE(release)) {
		/* A killed rmmod must not spin: finish the exit. */
		if (fatal_signal_pending(current)) {
			pr_info("exit interrupted\n");
			break;
		}
		msleep_interruptible(100);
	}
	pr_info("exit ran\n");
}

module_init(mr_exit_block_init);
module_exit(mr_exit_block_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ModRescue test: exit blocks until released");
