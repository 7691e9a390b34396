// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * modrescue_fixer - repair the bookkeeping of a stuck module so that
 * delete_module() can remove it.
 *
 * The work happens in the init function, which always fails: the fixer is
 * never left loaded, and every load is one repair attempt. The kernel does
 * not export its module list or module_mutex, so both are looked up through
 * kallsyms_lookup_name(), whose address a kprobe reveals.
 *
 * It refuses (and changes nothing) whenever the target's own code might be
 * running: while its init may run (COMING with any task inside a load
 * syscall, or UNFORMED) or while its exit may run (GOING with any task inside
 * an unload or load syscall). See kmod/README.md for the return codes.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/panic.h>
#include <linux/ptrace.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include <linux/unistd.h>
#include <asm/syscall.h>
#ifdef CONFIG_X86_KERNEL_IBT
#include <linux/preempt.h>
#include <asm/cpufeature.h>
#include <asm/ibt.h>
#include <asm/msr.h>
#endif

#ifndef CONFIG_MODULE_UNLOAD
#error "without CONFIG_MODULE_UNLOAD no module can be removed, nothing to fix"
#endif

/*
 * The refcount's "no users" value. It is private to kernel/module/main.c
 * (the same value, 1, in every kernel since 3.10, including 6.1 and 6.12):
 * delete_module() subtracts it and BUG()s when the result is negative.
 */
#define MODULE_REF_BASE 1

static char *target;
module_param(target, charp, 0444);
MODULE_PARM_DESC(target, "name of the module to repair ('-' and '_' are equal)");

static bool reset_state;
module_param(reset_state, bool, 0444);
MODULE_PARM_DESC(reset_state, "set a COMING or GOING target LIVE");

static bool reset_refcount;
module_param(reset_refcount, bool, 0444);
MODULE_PARM_DESC(reset_refcount, "set the target's reference count to zero");

static bool skip_exit;
module_param(skip_exit, bool, 0444);
MODULE_PARM_DESC(skip_exit, "clear the target's init and exit so unloading runs no exit function");

/* The kernel's private symbols this module needs. */
static struct list_head *kernel_modules;
static struct mutex *kernel_module_mutex;

/*
 * Since 6.5 finit_module() records every load in idem_hash (a private hash
 * of struct idempotent in kernel/module/main.c) with a record on the loading
 * task's stack, and removes it when the load returns. When init oopses the
 * task dies and its record stays, pointing into a freed stack: the next load
 * of the same file, or of any file hashing to the same bucket, walks freed
 * memory. Measured on Debian's 6.12: reloading mr_init_oops.ko after the
 * repair faulted in idempotent_init_module() and locked up the machine.
 * Repairing a COMING module therefore drops those dead records too.
 *
 * Whether the kernel has idem_hash is decided at run time, by its symbol,
 * not by LINUX_VERSION_CODE: the code below depends only on the records
 * being hlist nodes on the loaders' stacks, and kallsyms gives the size.
 */
enum idem_support {
	IDEM_ABSENT,		/* before 6.5: Debian's 6.1 */
	IDEM_UNUSABLE,		/* symbols found but not understood */
	IDEM_FOUND,		/* Debian's 6.12 */
};

static enum idem_support idem_support;
static struct hlist_head *kernel_idem_hash;
static spinlock_t *kernel_idem_lock;
static unsigned long kernel_idem_buckets;

/* Serialised: a second fixer waits in load_module() until this one is gone. */
static char symbol_buf[KSYM_SYMBOL_LEN];

/* What the log line reports about a module, before and after the repair. */
struct mod_view {
	enum module_state state;
	int refcount;
	bool init;
	bool exit;
};

static const char *state_name(enum module_state state)
{
	switch (state) {
	case MODULE_STATE_LIVE:
		return "live";
	case MODULE_STATE_COMING:
		return "coming";
	case MODULE_STATE_GOING:
		return "going";
	case MODULE_STATE_UNFORMED:
		return "unformed";
	}
	return "unknown";
}

static const char *yes_no(bool present)
{
	return present ? "yes" : "no";
}

static void view_module(const struct module *mod, struct mod_view *view)
{
	view->state = mod->state;
	/* The same number /sys/module/<name>/refcnt shows. */
	view->refcount = atomic_read(&mod->refcnt) - MODULE_REF_BASE;
	view->init = mod->init;
	view->exit = mod->exit;
}

/* Module names treat '-' and '_' as the same character, like modprobe. */
static bool same_module_name(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char ca = *a == '-' ? '_' : *a;
		char cb = *b == '-' ? '_' : *b;

		if (ca != cb)
			return false;
	}
	return *a == *b;
}

static bool valid_module_name(const char *name)
{
	size_t len = strnlen(name, MODULE_NAME_LEN);
	size_t i;

	if (len == 0 || len >= MODULE_NAME_LEN)
		return false;
	for (i = 0; i < len; i++) {
		char c = name[i];

		if (!isalnum(c) && c != '_' && c != '-')
			return false;
	}
	return true;
}

/*
 * kallsyms_lookup_name() is not exported (since 5.7), but a kprobe on it
 * tells where it is. With CONFIG_X86_KERNEL_IBT (Debian's 6.12, not 6.1) the
 * kprobe sits 4 bytes in, behind the function's ENDBR (or the NOP that
 * replaced it, which is_endbr() also accepts), so step back to the entry.
 */
static void *find_kallsyms_lookup_name(void)
{
	struct kprobe kp = { .symbol_name = "kallsyms_lookup_name" };
	unsigned long addr;

	if (register_kprobe(&kp) < 0)
		return NULL;
	addr = (unsigned long)kp.addr;
	unregister_kprobe(&kp);

#ifdef CONFIG_X86_KERNEL_IBT
	{
		u32 insn;

		if (!copy_from_kernel_nofault(&insn,
					      (void *)(addr - ENDBR_INSN_SIZE),
					      sizeof(insn)) &&
		    is_endbr(insn))
			addr -= ENDBR_INSN_SIZE;
	}
#endif

	/* Never call an address that is not the function's entry. */
	sprint_symbol(symbol_buf, addr);
	if (!str_has_prefix(symbol_buf, "kallsyms_lookup_name+0x0/"))
		return NULL;
	return (void *)addr;
}

/*
 * With CONFIG_X86_KERNEL_IBT the kernel seals the ENDBR of every function
 * whose address it never takes; kallsyms_lookup_name() is one (measured on
 * Debian's 6.12: its first bytes are the "osp nopl" that replaces ENDBR). On
 * a CPU that enforces IBT an indirect call to it would trap, so suspend ENDBR
 * tracking on this CPU for the call, as the kernel does around EFI runtime
 * calls (its ibt_save() and ibt_restore() are not exported).
 */
static unsigned long call_lookup(unsigned long (*lookup)(const char *name),
				 const char *name)
{
	unsigned long addr;
#ifdef CONFIG_X86_KERNEL_IBT
	bool ibt = cpu_feature_enabled(X86_FEATURE_IBT);
	u64 cet = 0;

	/* The MSR is per CPU: stay on this one. The lookup does not sleep. */
	preempt_disable();
	if (ibt) {
		rdmsrl(MSR_IA32_S_CET, cet);
		wrmsrl(MSR_IA32_S_CET, cet & ~CET_ENDBR_EN);
	}
	addr = lookup(name);
	if (ibt)
		wrmsrl(MSR_IA32_S_CET, cet);
	preempt_enable();
#else
	addr = lookup(name);
#endif
	return addr;
}

/* The size of a data symbol, from "name+0x0/0xsize". */
static unsigned long symbol_size(unsigned long addr, const char *name)
{
	unsigned long size;
	const char *p;

	sprint_symbol(symbol_buf, addr);
	if (!str_has_prefix(symbol_buf, name))
		return 0;
	p = symbol_buf + strlen(name);
	if (!str_has_prefix(p, "+0x0/0x"))
		return 0;
	if (kstrtoul(p + strlen("+0x0/0x"), 16, &size))
		return 0;
	return size;
}

static void resolve_idem_symbols(unsigned long (*lookup)(const char *name))
{
	unsigned long hash = call_lookup(lookup, "idem_hash");
	unsigned long lock = call_lookup(lookup, "idem_lock");

	idem_support = IDEM_ABSENT;
	if (!hash && !lock)
		return;
	idem_support = IDEM_UNUSABLE;
	if (!hash || !lock)
		return;
	kernel_idem_buckets = symbol_size(hash, "idem_hash") /
			      sizeof(struct hlist_head);
	if (!kernel_idem_buckets)
		return;
	kernel_idem_hash = (struct hlist_head *)hash;
	kernel_idem_lock = (spinlock_t *)lock;
	idem_support = IDEM_FOUND;
}

static int resolve_kernel_symbols(void)
{
	unsigned long (*lookup)(const char *name);

	lookup = find_kallsyms_lookup_name();
	if (!lookup)
		return -EOPNOTSUPP;
	kernel_modules = (struct list_head *)call_lookup(lookup, "modules");
	kernel_module_mutex =
		(struct mutex *)call_lookup(lookup, "module_mutex");
	if (!kernel_modules || !kernel_module_mutex)
		return -EOPNOTSUPP;
	resolve_idem_symbols(lookup);
	return 0;
}

enum module_syscall {
	SYSCALL_LOAD,		/* init_module, finit_module */
	SYSCALL_UNLOAD,		/* delete_module */
};

static bool syscall_matches(struct task_struct *task, struct pt_regs *regs,
			    enum module_syscall which)
{
	int nr = syscall_get_nr(task, regs);

#ifdef CONFIG_IA32_EMULATION
	/* A 32-bit task numbers its syscalls differently: 128 is init_module. */
	if (syscall_get_arch(task) == AUDIT_ARCH_I386) {
		if (which == SYSCALL_LOAD)
			return nr == __NR_ia32_init_module ||
			       nr == __NR_ia32_finit_module;
		return nr == __NR_ia32_delete_module;
	}
#endif
#ifdef CONFIG_X86_X32_ABI
	/* x32 uses the 64-bit numbers with one extra bit. */
	if (nr >= 0)
		nr &= ~__X32_SYSCALL_BIT;
#endif
	if (which == SYSCALL_LOAD)
		return nr == __NR_init_module || nr == __NR_finit_module;
	return nr == __NR_delete_module;
}

struct busy_task {
	pid_t pid;
	char comm[TASK_COMM_LEN];
};

/*
 * Finds a task other than us inside a module load or unload syscall and
 * returns its pid, or 0. Any such task counts, whatever module it works on:
 * telling which one would need its arguments from user memory, and a wrong
 * guess would free code that is running. The registers are copied without
 * faulting because a task that is exiting may lose its stack meanwhile.
 */
static pid_t find_busy_task(enum module_syscall which, struct busy_task *busy)
{
	struct task_struct *g, *t;
	struct pt_regs regs;

	rcu_read_lock();
	for_each_process_thread(g, t) {
		/* Kernel threads make no syscalls; a zombie runs no code. */
		if (t == current || (t->flags & PF_KTHREAD) || t->exit_state)
			continue;
		if (!READ_ONCE(t->stack))
			continue;
		if (copy_from_kernel_nofault(&regs, task_pt_regs(t),
					     sizeof(regs)))
			continue;
		if (syscall_matches(t, &regs, which)) {
			busy->pid = task_pid_nr(t);
			get_task_comm(busy->comm, t);
			break;
		}
	}
	rcu_read_unlock();
	return busy->pid;
}

/*
 * Is @p inside the kernel stack of current or of a live task that is in a
 * load syscall? Only such tasks own records in idem_hash.
 */
static bool on_loading_stack(const void *p)
{
	unsigned long addr = (unsigned long)p;
	struct task_struct *g, *t;
	struct pt_regs regs;
	bool live = false;

	if (object_is_on_stack(p))
		return true;
	rcu_read_lock();
	for_each_process_thread(g, t) {
		unsigned long base = (unsigned long)READ_ONCE(t->stack);

		if ((t->flags & PF_KTHREAD) || t->exit_state || !base)
			continue;
		if (addr < base || addr >= base + THREAD_SIZE)
			continue;
		live = !copy_from_kernel_nofault(&regs, task_pt_regs(t),
						 sizeof(regs)) &&
		       syscall_matches(t, &regs, SYSCALL_LOAD);
		break;
	}
	rcu_read_unlock();
	return live;
}

/*
 * Call with module_mutex held, for a COMING target, after check_target()
 * found no other task in a load syscall. Every record of a task still
 * loading is newer than the dead ones (records are added at the head of
 * their bucket), so each bucket is cut at its first dead record, and no dead
 * record is ever read.
 *
 * A freed stack is soon reused, often by the next insmod (ours) along the
 * same call path, so a dead record's address can lie in a live loader's
 * stack, even on a live record of another bucket. A live record is
 * therefore also one whose back link points where we came from.
 * Returns the number of buckets cut.
 */
static int drop_dead_load_records(void)
{
	unsigned long i;
	int cut = 0;

	spin_lock(kernel_idem_lock);
	for (i = 0; i < kernel_idem_buckets; i++) {
		struct hlist_node **link = &kernel_idem_hash[i].first;
		struct hlist_node *node;

		while ((node = *link)) {
			if (!on_loading_stack(node) ||
			    READ_ONCE(node->pprev) != link) {
				*link = NULL;
				cut++;
				break;
			}
			link = &node->next;
		}
	}
	spin_unlock(kernel_idem_lock);
	return cut;
}

/* Call with module_mutex held. */
static struct module *find_target(const char *name, bool *seen_self)
{
	struct module *mod, *found = NULL;

	*seen_self = false;
	list_for_each_entry(mod, kernel_modules, list) {
		if (mod == THIS_MODULE)
			*seen_self = true;
		else if (!found && same_module_name(mod->name, name))
			found = mod;
	}
	return found;
}

static int refuse(const char *name, const struct module *mod,
		  const char *reason, int err)
{
	struct mod_view v;

	if (!mod) {
		pr_warn("%s: refused: %s\n", name, reason);
		return err;
	}
	view_module(mod, &v);
	pr_warn("%s: refused: %s (state %s, refcount %d, init %s, exit %s)\n",
		mod->name, reason, state_name(v.state), v.refcount,
		yes_no(v.init), yes_no(v.exit));
	return err;
}

/* Call with module_mutex held; returns 0 or a refusal's errno. */
static int check_target(const struct module *mod)
{
	struct busy_task busy = { 0 };
	char reason[96 + TASK_COMM_LEN];

	/* Its init has not even been called yet, or the load is failing. */
	if (mod->state == MODULE_STATE_UNFORMED)
		return refuse(mod->name, mod, "still being loaded",
			      -EINPROGRESS);

	if (!list_empty(&mod->source_list))
		return refuse(mod->name, mod,
			      "other modules use it, unload them first",
			      -EUSERS);

	if (mod->state == MODULE_STATE_COMING) {
		if (find_busy_task(SYSCALL_LOAD, &busy)) {
			snprintf(reason, sizeof(reason),
				 "its init may be running: task %d (%s) is loading a module",
				 busy.pid, busy.comm);
			return refuse(mod->name, mod, reason, -EINPROGRESS);
		}
	}

	/*
	 * GOING is set by delete_module() before it runs the exit, and by a
	 * failed load before it tears the module down: both run in a syscall.
	 */
	if (mod->state == MODULE_STATE_GOING) {
		if (find_busy_task(SYSCALL_UNLOAD, &busy) ||
		    find_busy_task(SYSCALL_LOAD, &busy)) {
			snprintf(reason, sizeof(reason),
				 "its exit may be running: task %d (%s) is unloading or loading a module",
				 busy.pid, busy.comm);
			return refuse(mod->name, mod, reason, -EALREADY);
		}
	}

	/*
	 * A COMING module's init never finished and a GOING module's exit
	 * already ran or crashed: neither may run again, and a GOING module
	 * has already given up its base reference (delete_module() would BUG
	 * on the next unload). Only all three repairs together make sense.
	 */
	if (mod->state != MODULE_STATE_LIVE &&
	    !(reset_state && reset_refcount && skip_exit))
		return refuse(mod->name, mod,
			      "a coming or going module needs reset_state, reset_refcount and skip_exit",
			      -EINVAL);
	return 0;
}

/* Call with module_mutex held; returns whether anything changed. */
static bool repair(struct module *mod)
{
	bool changed = false;

	if (reset_state && mod->state != MODULE_STATE_LIVE) {
		mod->state = MODULE_STATE_LIVE;
		changed = true;
	}
	if (reset_refcount && atomic_read(&mod->refcnt) != MODULE_REF_BASE) {
		atomic_set(&mod->refcnt, MODULE_REF_BASE);
		changed = true;
	}
	/* delete_module() refuses a module that has an init but no exit. */
	if (skip_exit && (mod->init || mod->exit)) {
		mod->init = NULL;
		mod->exit = NULL;
		changed = true;
	}
	return changed;
}

static int fix_module(void)
{
	struct mod_view before, after;
	char records[48] = "";
	struct module *mod;
	bool seen_self;
	bool changed;
	int ret;

	ret = resolve_kernel_symbols();
	if (ret)
		return refuse(target, NULL,
			      "cannot find the kernel's module list or module_mutex",
			      ret);

	if (mutex_lock_interruptible(kernel_module_mutex))
		return refuse(target, NULL,
			      "interrupted while waiting for module_mutex",
			      -EINTR);

	mod = find_target(target, &seen_self);
	if (!seen_self) {
		/* The symbols resolved to something that is not the list. */
		ret = refuse(target, NULL, "the kernel's module list looks wrong",
			     -EOPNOTSUPP);
		goto out;
	}
	if (!mod) {
		ret = refuse(target, NULL, "no such module", -ESRCH);
		goto out;
	}

	ret = check_target(mod);
	if (ret)
		goto out;

	view_module(mod, &before);
	changed = repair(mod);
	view_module(mod, &after);
	if (changed)
		add_taint(TAINT_FORCED_RMMOD, LOCKDEP_NOW_UNRELIABLE);
	if (before.state == MODULE_STATE_COMING) {
		if (idem_support == IDEM_FOUND)
			snprintf(records, sizeof(records),
				 ", dead load records dropped %d",
				 drop_dead_load_records());
		else if (idem_support == IDEM_UNUSABLE)
			snprintf(records, sizeof(records),
				 ", dead load records unchecked");
	}

	pr_info("%s: %s: state %s->%s, refcount %d->%d, init %s->%s, exit %s->%s%s\n",
		mod->name, changed ? "repaired" : "nothing to change",
		state_name(before.state), state_name(after.state),
		before.refcount, after.refcount,
		yes_no(before.init), yes_no(after.init),
		yes_no(before.exit), yes_no(after.exit), records);
	/* Success still fails the load: the fixer must never stay. */
	ret = -ECANCELED;
out:
	mutex_unlock(kernel_module_mutex);
	return ret;
}

static int __init modrescue_fixer_init(void)
{
	if (!target)
		return refuse("(none)", NULL, "no target given", -EINVAL);
	if (!valid_module_name(target))
		return refuse("(bad name)", NULL, "target is not a module name",
			      -EINVAL);
	if (!reset_state && !reset_refcount && !skip_exit)
		return refuse(target, NULL, "no repair asked for", -EINVAL);
	if (same_module_name(target, THIS_MODULE->name))
		return refuse(target, NULL, "the target is the fixer itself",
			      -ELOOP);
	return fix_module();
}
module_init(modrescue_fixer_init);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("ModRescue developers");
MODULE_DESCRIPTION("One-shot repair of a stuck module's state, refcount and exit");
