<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DependencyGraph</name>
    <message>
        <source>The module %1 is not loaded.</source>
        <translation>模块 %1 未加载。</translation>
    </message>
    <message>
        <source>The modules %1 use each other in a cycle; no removal order exists.</source>
        <translation>模块 %1 相互循环使用；不存在卸载顺序。</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message numerus="yes">
        <source>%n process(es) could not be examined without root; run as root to be certain no task is still inside the module&apos;s code.</source>
        <translation>
            <numerusform>有 %n 个进程在没有 root 权限时无法检查；请以 root 身份运行，才能确定没有任务仍在该模块的代码中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>Process %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which is loading or unloading %3 (its system call could not be read to confirm).</source>
        <translation>%1 正在运行“%2”，它正在加载或卸载 %3（无法读取其系统调用加以确认）。</translation>
    </message>
    <message>
        <source>%1 is inside %2 for a module that cannot be identified; it may be %3.</source>
        <translation>%1 正在执行 %2，但无法确定对应的模块；可能是 %3。</translation>
    </message>
    <message>
        <source>%1 is inside %2 for %3.</source>
        <translation>%1 正在为 %3 执行 %2。</translation>
    </message>
    <message>
        <source>The file being loaded is %1.</source>
        <translation>正在加载的文件是 %1。</translation>
    </message>
    <message>
        <source>It is waiting in %1.</source>
        <translation>它正在 %1 中等待。</translation>
    </message>
    <message>
        <source>Unload %1 normally (its exit function runs).</source>
        <translation>正常卸载 %1（运行其退出函数）。</translation>
    </message>
    <message>
        <source>Unload %1 (its exit function runs).</source>
        <translation>卸载 %1（运行其退出函数）。</translation>
    </message>
    <message>
        <source>Unload %1 (no exit function runs).</source>
        <translation>卸载 %1（不运行退出函数）。</translation>
    </message>
    <message>
        <source>set its state to live</source>
        <translation>将其状态设为运行中</translation>
    </message>
    <message>
        <source>reset its reference count to zero</source>
        <translation>将其引用计数重置为零</translation>
    </message>
    <message>
        <source>clear its init and exit functions so none runs</source>
        <translation>清除其初始化和退出函数，使二者都不运行</translation>
    </message>
    <message>
        <source>Load the fixer once to repair %1: %2. This taints the kernel (R).</source>
        <translation>加载一次修复模块来修复 %1：%2。这会给内核加上污染标记（R）。</translation>
    </message>
    <message>
        <source>Force the kernel to unload %1 (rmmod -f) despite its reference count; its exit function runs. This taints the kernel (R).</source>
        <translation>强制内核卸载 %1（rmmod -f），无视其引用计数；其退出函数会运行。这会给内核加上污染标记（R）。</translation>
    </message>
    <message>
        <source>Force the kernel to unload %1 (rmmod -f); there is no exit function to run. This taints the kernel (R).</source>
        <translation>强制内核卸载 %1（rmmod -f）；没有可运行的退出函数。这会给内核加上污染标记（R）。</translation>
    </message>
    <message>
        <source>Repair with the fixer, skip the exit function, unload</source>
        <translation>用修复模块修复，跳过退出函数，然后卸载</translation>
    </message>
    <message>
        <source>Repair with the fixer, then unload and run the exit function</source>
        <translation>用修复模块修复，然后卸载并运行退出函数</translation>
    </message>
    <message>
        <source>Forced unload by the kernel (rmmod -f)</source>
        <translation>由内核强制卸载（rmmod -f）</translation>
    </message>
    <message>
        <source>The fixer module is not installed for kernel %1; install ModRescue&apos;s DKMS package to use the plans that need it.</source>
        <translation>内核 %1 未安装修复模块；请安装 ModRescue 的 DKMS 软件包以使用需要它的方案。</translation>
    </message>
    <message>
        <source>The kernel has no kprobes (CONFIG_KPROBES), which the fixer needs to find the module list.</source>
        <translation>内核没有 kprobes（CONFIG_KPROBES），而修复模块需要它来找到模块列表。</translation>
    </message>
    <message>
        <source>The kernel only loads signed modules (signature enforcement or lockdown): the fixer must be signed with a key the kernel trusts (DKMS signs with its MOK key once it is enrolled with mokutil --import).</source>
        <translation>内核只加载已签名的模块（强制签名或锁定）：修复模块必须用内核信任的密钥签名（用 mokutil --import 注册后，DKMS 会用其 MOK 密钥签名）。</translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation>%1 未加载。</translation>
    </message>
    <message>
        <source>%1 is neither in /proc/modules nor built into the kernel.</source>
        <translation>%1 既不在 /proc/modules 中，也没有内置于内核。</translation>
    </message>
    <message>
        <source>There is nothing to unload.</source>
        <translation>没有需要卸载的东西。</translation>
    </message>
    <message>
        <source>%1 is built into the kernel.</source>
        <translation>%1 内置于内核。</translation>
    </message>
    <message>
        <source>%1 is part of the kernel image (it appears in /sys/module or modules.builtin but not in /proc/modules).</source>
        <translation>%1 是内核映像的一部分（出现在 /sys/module 或 modules.builtin 中，但不在 /proc/modules 中）。</translation>
    </message>
    <message>
        <source>Built-in code can never be unloaded; it can only be disabled on the kernel command line or by building a different kernel.</source>
        <translation>内置代码永远无法卸载；只能在内核命令行上禁用，或构建一个不同的内核。</translation>
    </message>
    <message>
        <source>%1 is %2 with reference count %3.</source>
        <translation>%1 处于%2状态，引用计数为 %3。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 处于%2状态。</translation>
    </message>
    <message>
        <source>This kernel cannot unload modules.</source>
        <translation>此内核无法卸载模块。</translation>
    </message>
    <message>
        <source>The kernel was built without module unloading (CONFIG_MODULE_UNLOAD is not set).</source>
        <translation>内核构建时未启用模块卸载（未设置 CONFIG_MODULE_UNLOAD）。</translation>
    </message>
    <message>
        <source>Loading and unloading modules was switched off until the next boot (/proc/sys/kernel/modules_disabled is 1).</source>
        <translation>加载和卸载模块已被关闭，直到下次启动（/proc/sys/kernel/modules_disabled 为 1）。</translation>
    </message>
    <message>
        <source>Only a reboot can remove %1.</source>
        <translation>只有重启才能移除 %1。</translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation>%1 被 %2 使用。</translation>
    </message>
    <message>
        <source>Its holders list (/sys/module/%1/holders) names %2; the kernel refuses to unload a module while others use it, and forcing past them would crash them.</source>
        <translation>其持有者列表（/sys/module/%1/holders）列出了 %2；只要有其他模块在使用，内核就拒绝卸载它，而强行越过它们会使它们崩溃。</translation>
    </message>
    <message>
        <source>No safe removal order exists.</source>
        <translation>不存在安全的卸载顺序。</translation>
    </message>
    <message>
        <source>%1, which must go first, is itself %2: diagnose it first.</source>
        <translation>必须先卸载的 %1 本身处于%2状态：请先诊断它。</translation>
    </message>
    <message>
        <source>Unload %1 in this order, each normally (their exit functions run).</source>
        <translation>按此顺序逐个正常卸载 %1（运行它们的退出函数）。</translation>
    </message>
    <message>
        <source>Unload with dependents</source>
        <translation>连同依赖它的模块一起卸载</translation>
    </message>
    <message>
        <source>, waiting in %1</source>
        <translation>，在 %1 中等待</translation>
    </message>
    <message>
        <source>The exit function of %1 is still running in process %2.</source>
        <translation>%1 的退出函数仍在进程 %2 中运行。</translation>
    </message>
    <message>
        <source>The init function of %1 is still running in process %2.</source>
        <translation>%1 的初始化函数仍在进程 %2 中运行。</translation>
    </message>
    <message>
        <source>Its exit function is still running (process %1%2); freeing the module now would crash the kernel. Find out what the exit function waits for and let it finish.</source>
        <translation>它的退出函数仍在运行（进程 %1%2）；现在释放该模块会使内核崩溃。请查明退出函数在等待什么，并让它完成。</translation>
    </message>
    <message>
        <source>Its init function is still running (process %1%2); freeing the module now would crash the kernel. Wait for it or make it finish.</source>
        <translation>它的初始化函数仍在运行（进程 %1%2）；现在释放该模块会使内核崩溃。请等待它或让它完成。</translation>
    </message>
    <message>
        <source>The exit function of %1 crashed or was killed; the module is stuck unloading.</source>
        <translation>%1 的退出函数崩溃或被杀死；该模块卡在卸载中。</translation>
    </message>
    <message>
        <source>Its state is going (initstate) and no task is inside delete_module: its exit function started and never finished.</source>
        <translation>其状态为 going（initstate），且没有任务处于 delete_module 中：它的退出函数开始后从未完成。</translation>
    </message>
    <message>
        <source>The init function of %1 crashed or was killed; the module is stuck loading.</source>
        <translation>%1 的初始化函数崩溃或被杀死；该模块卡在加载中。</translation>
    </message>
    <message>
        <source>Its state is coming (initstate) and no task is inside init_module or finit_module: its init function started and never finished.</source>
        <translation>其状态为 coming（initstate），且没有任务处于 init_module 或 finit_module 中：它的初始化函数开始后从未完成。</translation>
    </message>
    <message>
        <source>Repair with the fixer (state live, no references, exit skipped), then unload</source>
        <translation>用修复模块修复（状态设为运行中、无引用、跳过退出函数），然后卸载</translation>
    </message>
    <message>
        <source>Repair with the fixer (state live, no references, init and exit cleared), then unload</source>
        <translation>用修复模块修复（状态设为运行中、无引用、清除初始化和退出函数），然后卸载</translation>
    </message>
    <message>
        <source>/proc/modules marks %1 [permanent]: it has an init function but no exit function, and the kernel refuses to unload such a module.</source>
        <translation>/proc/modules 将 %1 标记为 [permanent]：它有初始化函数却没有退出函数，而内核拒绝卸载这样的模块。</translation>
    </message>
    <message>
        <source>/proc/kallsyms lists symbols of %1 but no cleanup_module: it has no exit function, and the kernel refuses to unload a module that has an init function but no exit function.</source>
        <translation>/proc/kallsyms 列出了 %1 的符号，但没有 cleanup_module：它没有退出函数，而内核拒绝卸载有初始化函数却没有退出函数的模块。</translation>
    </message>
    <message>
        <source>It has an exit function (cleanup_module in /proc/kallsyms).</source>
        <translation>它有退出函数（/proc/kallsyms 中有 cleanup_module）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n reference(s) but no module uses it.</source>
        <translation>
            <numerusform>%1 有 %n 个引用，但没有任何模块使用它。</numerusform>
        </translation>
    </message>
    <message>
        <source>No process holds one of its devices open, none of its filesystems is mounted and no network interface uses its driver: the reference was most likely leaked.</source>
        <translation>没有进程打开它的设备，它的文件系统都未挂载，也没有网络接口使用它的驱动：该引用很可能泄漏了。</translation>
    </message>
    <message>
        <source>Process %1 (%2) holds %3 open.</source>
        <translation>进程 %1（%2）打开了 %3。</translation>
    </message>
    <message>
        <source>A %1 filesystem is mounted on %2.</source>
        <translation>%2 上挂载了 %1 文件系统。</translation>
    </message>
    <message>
        <source>The network interface %1 uses its driver %2.</source>
        <translation>网络接口 %1 使用它的驱动 %2。</translation>
    </message>
    <message>
        <source>Release these first (close, unmount, bring the interface down); then it can be unloaded normally. Forcing is a last resort.</source>
        <translation>请先释放这些（关闭、卸载文件系统、关闭接口）；之后就能正常卸载它。强制是最后的手段。</translation>
    </message>
    <message>
        <source>The kernel was built without CONFIG_MODULE_FORCE_UNLOAD, so rmmod -f cannot help.</source>
        <translation>内核构建时未启用 CONFIG_MODULE_FORCE_UNLOAD，因此 rmmod -f 帮不上忙。</translation>
    </message>
    <message>
        <source>%1 has no exit function, so the kernel will not unload it normally.</source>
        <translation>%1 没有退出函数，因此内核不会正常卸载它。</translation>
    </message>
    <message>
        <source>%1 is not in use and can be unloaded now.</source>
        <translation>%1 未被使用，现在可以卸载。</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>卸载</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Can be unloaded now</source>
        <translation>现在可以卸载</translation>
    </message>
    <message>
        <source>Used by other modules</source>
        <translation>被其他模块使用</translation>
    </message>
    <message>
        <source>Init function crashed</source>
        <translation>初始化函数崩溃</translation>
    </message>
    <message>
        <source>Init function still running</source>
        <translation>初始化函数仍在运行</translation>
    </message>
    <message>
        <source>No exit function</source>
        <translation>没有退出函数</translation>
    </message>
    <message>
        <source>Referenced without holders</source>
        <translation>有引用但没有持有者</translation>
    </message>
    <message>
        <source>Exit function crashed</source>
        <translation>退出函数崩溃</translation>
    </message>
    <message>
        <source>Exit function still running</source>
        <translation>退出函数仍在运行</translation>
    </message>
    <message>
        <source>Built into the kernel</source>
        <translation>内置于内核</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>The kernel cannot unload modules</source>
        <translation>内核无法卸载模块</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message numerus="yes">
        <source>The system calls of %n process(es) could not be read (only root can); a task loading or unloading a module may have been missed.</source>
        <translation>
            <numerusform>无法读取 %n 个进程的系统调用（只有 root 可以）；可能遗漏了正在加载或卸载模块的任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected &quot;address type name [module]&quot; but found &quot;%1&quot;.</source>
        <translation>应为“地址 类型 名称 [模块]”，但看到的是“%1”。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not hexadecimal.</source>
        <translation>地址“%1”不是十六进制。</translation>
    </message>
    <message>
        <source>Expected a syscall number or &quot;running&quot; but found &quot;%1&quot;.</source>
        <translation>应为系统调用号或“running”，但看到的是“%1”。</translation>
    </message>
    <message>
        <source>Expected &quot;device mountpoint type options&quot; but found &quot;%1&quot;.</source>
        <translation>应为“设备 挂载点 类型 选项”，但看到的是“%1”。</translation>
    </message>
    <message>
        <source>/proc/kallsyms lists no symbols of %1, so whether it has an exit function is unknown.</source>
        <translation>/proc/kallsyms 没有列出 %1 的符号，因此无法得知它是否有退出函数。</translation>
    </message>
    <message>
        <source>Whether %1 has an exit function is unknown: %2</source>
        <translation>无法得知 %1 是否有退出函数：%2</translation>
    </message>
</context>
<context>
    <name>ForceCommand</name>
    <message>
        <source>Forcibly remove a stuck module through the ModRescue helper, with the kernel&apos;s forced unload or the fixer module, as the diagnosis says.</source>
        <translation>通过 ModRescue 辅助程序强制移除卡住的模块：按诊断结果使用内核的强制卸载或修复模块。</translation>
    </message>
    <message>
        <source>Run the module&apos;s exit function.</source>
        <translation>运行该模块的退出函数。</translation>
    </message>
    <message>
        <source>Do not run the module&apos;s exit function.</source>
        <translation>不运行该模块的退出函数。</translation>
    </message>
    <message>
        <source>force needs one module name and at most one of --run-exit and --skip-exit.</source>
        <translation>force 需要一个模块名，且 --run-exit 和 --skip-exit 最多只能指定一个。</translation>
    </message>
    <message>
        <source>Forcibly remove %1?</source>
        <translation>强制移除 %1？</translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <source>Print the dependency graph, or a module&apos;s neighbourhood.</source>
        <translation>打印依赖关系图，或某个模块的邻近部分。</translation>
    </message>
    <message>
        <source>Include modules up to N hops from NAME (default 1; -1: all).</source>
        <translation>包含距 NAME 最多 N 跳的模块（默认 1；-1 表示全部）。</translation>
    </message>
    <message>
        <source>Output format: text, dot or json.</source>
        <translation>输出格式：text、dot 或 json。</translation>
    </message>
    <message>
        <source>graph takes at most one module name.</source>
        <translation>graph 最多接受一个模块名。</translation>
    </message>
    <message>
        <source>--depth needs a number of hops (0 or more, or -1 for all).</source>
        <translation>--depth 需要一个跳数（0 或更大，-1 表示全部）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, dot or json.</source>
        <translation>未知格式“%1”；请使用 text、dot 或 json。</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 依赖 %2</translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation>循环依赖：%1</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>Taints the kernel</source>
        <translation>会污染内核</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Loading (init running or crashed)</source>
        <translation>加载中（初始化正在运行或已崩溃）</translation>
    </message>
    <message>
        <source>Unloading (exit running or crashed)</source>
        <translation>卸载中（退出函数正在运行或已崩溃）</translation>
    </message>
    <message>
        <source>Stuck: cannot be unloaded normally</source>
        <translation>卡住：无法正常卸载</translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message>
        <source>Graphviz could not be initialised.</source>
        <translation>无法初始化 Graphviz。</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph.</source>
        <translation>Graphviz 无法创建图。</translation>
    </message>
    <message>
        <source>The graph has two nodes named “%1”.</source>
        <translation>图中有两个名为“%1”的节点。</translation>
    </message>
    <message>
        <source>The edge %1 → %2 names a node that is not in the graph.</source>
        <translation>边 %1 → %2 引用了图中不存在的节点。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz 无法布局该图：%1</translation>
    </message>
</context>
<context>
    <name>HelperErrorText</name>
    <message>
        <source>the module</source>
        <translation>该模块</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>未获授权</translation>
    </message>
    <message>
        <source>The system did not allow this action.</source>
        <translation>系统不允许此操作。</translation>
    </message>
    <message>
        <source>Try again and enter an administrator&apos;s password when asked. If no password dialog appears, make sure a polkit authentication agent is running in your desktop session.</source>
        <translation>请重试，并在提示时输入管理员密码。如果没有出现密码对话框，请确认桌面会话中正在运行 polkit 身份验证代理。</translation>
    </message>
    <message>
        <source>Authorisation needed</source>
        <translation>需要授权</translation>
    </message>
    <message>
        <source>The action needs an administrator&apos;s password, but no one could be asked.</source>
        <translation>此操作需要管理员密码，但无法向任何人询问。</translation>
    </message>
    <message>
        <source>Start a polkit authentication agent (every desktop has one) and try again.</source>
        <translation>请启动 polkit 身份验证代理（每个桌面环境都有）后重试。</translation>
    </message>
    <message>
        <source>Invalid module name</source>
        <translation>无效的模块名</translation>
    </message>
    <message>
        <source>“%1” is not a valid kernel module name.</source>
        <translation>“%1”不是有效的内核模块名。</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”, at most 55 characters, without “.ko”.</source>
        <translation>只能使用字母、数字、“_”和“-”，最多 55 个字符，不带“.ko”。</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>The helper refused the request as given.</source>
        <translation>助手拒绝了所给的请求。</translation>
    </message>
    <message>
        <source>Check the file or the parameters and try again; the details say what was wrong.</source>
        <translation>请检查文件或参数后重试；详细信息中说明了问题所在。</translation>
    </message>
    <message>
        <source>No such module</source>
        <translation>没有该模块</translation>
    </message>
    <message>
        <source>%1 is not loaded, or the running kernel has no module of that name.</source>
        <translation>%1 未加载，或者正在运行的内核没有该名称的模块。</translation>
    </message>
    <message>
        <source>Refresh the list; to load a module that is not installed, use “Load file…” with its .ko file.</source>
        <translation>请刷新列表；要加载未安装的模块，请对其 .ko 文件使用“加载文件…”。</translation>
    </message>
    <message>
        <source>Built into the kernel</source>
        <translation>内置于内核</translation>
    </message>
    <message>
        <source>%1 is part of the kernel image and can never be unloaded.</source>
        <translation>%1 是内核映像的一部分，永远无法卸载。</translation>
    </message>
    <message>
        <source>Change its behaviour with kernel parameters at boot instead.</source>
        <translation>请改为在启动时通过内核参数改变它的行为。</translation>
    </message>
    <message>
        <source>Used by other modules</source>
        <translation>被其他模块使用</translation>
    </message>
    <message>
        <source>Other modules still use %1.</source>
        <translation>其他模块仍在使用 %1。</translation>
    </message>
    <message>
        <source>Use “Unload with dependents…” to unload them first, in the right order.</source>
        <translation>请使用“连同依赖者一起卸载…”按正确顺序先卸载它们。</translation>
    </message>
    <message>
        <source>Initialisation still running</source>
        <translation>初始化仍在运行</translation>
    </message>
    <message>
        <source>The initialisation function of %1 is still running. Removing the module now would crash the kernel.</source>
        <translation>%1 的初始化函数仍在运行。现在移除该模块会使内核崩溃。</translation>
    </message>
    <message>
        <source>Wait for it to finish, or end the process that loads it (the details name it). If it never returns, only a reboot helps.</source>
        <translation>请等待它完成，或结束正在加载它的进程（详细信息中给出了进程名）。如果它永不返回，只能重启。</translation>
    </message>
    <message>
        <source>Exit function still running</source>
        <translation>退出函数仍在运行</translation>
    </message>
    <message>
        <source>A process is still inside the exit function of %1.</source>
        <translation>仍有进程处于 %1 的退出函数中。</translation>
    </message>
    <message>
        <source>Wait for it to finish; the details name the process and where it waits. If it hangs for good, only a reboot helps.</source>
        <translation>请等待它完成；详细信息中给出了该进程及其等待位置。如果它永久挂起，只能重启。</translation>
    </message>
    <message>
        <source>Fixer module not available</source>
        <translation>修复模块不可用</translation>
    </message>
    <message>
        <source>Removing %1 needs ModRescue&apos;s fixer module, which is not installed for the running kernel.</source>
        <translation>移除 %1 需要 ModRescue 的修复模块，但正在运行的内核未安装该模块。</translation>
    </message>
    <message>
        <source>Install the modrescue-fixer DKMS package and the headers of the running kernel (linux-headers-$(uname -r)), then try again.</source>
        <translation>请安装 modrescue-fixer DKMS 软件包和正在运行的内核的头文件（linux-headers-$(uname -r)），然后重试。</translation>
    </message>
    <message>
        <source>Kernel lockdown</source>
        <translation>内核锁定</translation>
    </message>
    <message>
        <source>The kernel is in lockdown mode (Secure Boot) and refuses this.</source>
        <translation>内核处于锁定模式（安全启动），拒绝此操作。</translation>
    </message>
    <message>
        <source>Sign the module with a key enrolled with MOK (DKMS can do it: mokutil --import the DKMS key and reboot), or disable Secure Boot.</source>
        <translation>请用已通过 MOK 注册的密钥为模块签名（DKMS 可以做到：用 mokutil --import 导入 DKMS 密钥并重启），或关闭安全启动。</translation>
    </message>
    <message>
        <source>Signature required</source>
        <translation>需要签名</translation>
    </message>
    <message>
        <source>The kernel only accepts signed modules, and this one is not signed with a trusted key.</source>
        <translation>内核只接受已签名的模块，而此模块未使用受信任的密钥签名。</translation>
    </message>
    <message>
        <source>Sign it with a key enrolled with MOK (scripts/sign-file, or DKMS&apos;s own key after “mokutil --import”), then load it again.</source>
        <translation>请用已通过 MOK 注册的密钥为它签名（scripts/sign-file，或在“mokutil --import”之后使用 DKMS 自己的密钥），然后重新加载。</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>The kernel did not finish in time.</source>
        <translation>内核未能及时完成。</translation>
    </message>
    <message>
        <source>Look at the kernel log (journalctl -k) for an oops or a hang, refresh the list, and try again.</source>
        <translation>请查看内核日志（journalctl -k）中是否有 oops 或挂起，刷新列表后重试。</translation>
    </message>
    <message>
        <source>The kernel refused</source>
        <translation>内核拒绝</translation>
    </message>
    <message>
        <source>The kernel refused the operation on %1.</source>
        <translation>内核拒绝了对 %1 的操作。</translation>
    </message>
    <message>
        <source>The details give the kernel&apos;s reason; the kernel log (journalctl -k) often says more.</source>
        <translation>详细信息中给出了内核的原因；内核日志（journalctl -k）通常有更多说明。</translation>
    </message>
    <message>
        <source>Helper busy</source>
        <translation>助手忙</translation>
    </message>
    <message>
        <source>Too many of your requests are waiting.</source>
        <translation>您有太多请求正在等待。</translation>
    </message>
    <message>
        <source>Wait for the running ones to finish, then try again.</source>
        <translation>请等待正在运行的请求完成后重试。</translation>
    </message>
    <message>
        <source>Helper not installed</source>
        <translation>助手未安装</translation>
    </message>
    <message>
        <source>The ModRescue system helper is not available on the system bus.</source>
        <translation>系统总线上没有 ModRescue 系统助手。</translation>
    </message>
    <message>
        <source>Install ModRescue system-wide (its D-Bus service and polkit policy), or use modrescuectl as root.</source>
        <translation>请在系统范围内安装 ModRescue（其 D-Bus 服务和 polkit 策略），或以 root 身份使用 modrescuectl。</translation>
    </message>
    <message>
        <source>No answer from the helper</source>
        <translation>助手没有响应</translation>
    </message>
    <message>
        <source>The helper stopped answering; it may have crashed or been stopped.</source>
        <translation>助手停止了响应；它可能已崩溃或被停止。</translation>
    </message>
    <message>
        <source>Refresh to see the module&apos;s state now, and check the system log (journalctl -t modrescue-helper).</source>
        <translation>请刷新以查看模块当前的状态，并检查系统日志（journalctl -t modrescue-helper）。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>The system bus does not allow talking to the helper.</source>
        <translation>系统总线不允许与助手通信。</translation>
    </message>
    <message>
        <source>Check that the helper&apos;s D-Bus policy file is installed in /usr/share/dbus-1/system.d.</source>
        <translation>请检查助手的 D-Bus 策略文件是否已安装到 /usr/share/dbus-1/system.d。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>The helper answered with an error this version does not know (%1).</source>
        <translation>助手返回了此版本不认识的错误（%1）。</translation>
    </message>
    <message>
        <source>Refresh and try again; if it persists, report it with the details.</source>
        <translation>请刷新后重试；如果问题依旧，请附上详细信息报告。</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>Not on a terminal: add --yes to go ahead without asking.</source>
        <translation>不在终端上运行：添加 --yes 可不经询问直接执行。</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是的</translation>
    </message>
    <message>
        <source>Cannot connect to the system bus: %1</source>
        <translation>无法连接到系统总线：%1</translation>
    </message>
    <message>
        <source>Authentication is required; run modrescuectl on a terminal or with a polkit agent.</source>
        <translation>需要身份验证；请在终端上运行 modrescuectl，或配合 polkit 认证代理使用。</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>已移除：%1</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>已加载：%1</translation>
    </message>
    <message>
        <source>Kernel taint: %1</source>
        <translation>内核污染标记：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Plan: %1 (risk %2)</source>
        <translation>方案：%1（风险：%2）</translation>
    </message>
    <message>
        <source>Forcing marks the kernel as tainted (R) and can crash it if the module is still in use.</source>
        <translation>强制操作会给内核加上污染标记 (R)；如果模块仍在使用，可能导致内核崩溃。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NAME=VALUE module parameter.</source>
        <translation>“%1”不是 NAME=VALUE 形式的模块参数。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not look like a kernel module.</source>
        <translation>%1 看起来不是内核模块。</translation>
    </message>
</context>
<context>
    <name>KernelAbilities</name>
    <message>
        <source>proprietary module loaded</source>
        <translation>已加载专有模块</translation>
    </message>
    <message>
        <source>module force loaded</source>
        <translation>模块被强制加载</translation>
    </message>
    <message>
        <source>CPU out of specification</source>
        <translation>CPU 超出规格</translation>
    </message>
    <message>
        <source>module force unloaded</source>
        <translation>模块被强制卸载</translation>
    </message>
    <message>
        <source>machine check</source>
        <translation>机器检查异常</translation>
    </message>
    <message>
        <source>bad page</source>
        <translation>坏页</translation>
    </message>
    <message>
        <source>tainted by user request</source>
        <translation>应用户请求而污染</translation>
    </message>
    <message>
        <source>kernel died recently (oops or BUG)</source>
        <translation>内核最近出过错（oops 或 BUG）</translation>
    </message>
    <message>
        <source>ACPI table overridden</source>
        <translation>ACPI 表被覆盖</translation>
    </message>
    <message>
        <source>kernel issued a warning</source>
        <translation>内核发出了警告</translation>
    </message>
    <message>
        <source>staging driver loaded</source>
        <translation>已加载 staging 驱动</translation>
    </message>
    <message>
        <source>firmware bug worked around</source>
        <translation>已绕过固件缺陷</translation>
    </message>
    <message>
        <source>externally-built module loaded</source>
        <translation>已加载外部构建的模块</translation>
    </message>
    <message>
        <source>unsigned module loaded</source>
        <translation>已加载未签名的模块</translation>
    </message>
    <message>
        <source>soft lockup occurred</source>
        <translation>发生了软锁死</translation>
    </message>
    <message>
        <source>kernel live patched</source>
        <translation>内核已打实时补丁</translation>
    </message>
    <message>
        <source>auxiliary taint (distribution-defined)</source>
        <translation>辅助污染（发行版定义）</translation>
    </message>
    <message>
        <source>built with struct randomization</source>
        <translation>使用结构体随机化构建</translation>
    </message>
    <message>
        <source>in-kernel test loaded</source>
        <translation>已加载内核内测试</translation>
    </message>
    <message>
        <source>bit %1: unknown taint</source>
        <translation>位 %1：未知污染</translation>
    </message>
</context>
<context>
    <name>KernelAbilitiesReader</name>
    <message>
        <source>zlib could not be initialised.</source>
        <translation>无法初始化 zlib。</translation>
    </message>
    <message>
        <source>The file is not valid gzip data (it may be truncated).</source>
        <translation>该文件不是有效的 gzip 数据（可能被截断）。</translation>
    </message>
    <message>
        <source>The file expands to more than 64 MiB; it is not a kernel configuration.</source>
        <translation>该文件解压后超过 64 MiB；它不是内核配置。</translation>
    </message>
    <message>
        <source>Expected CONFIG_NAME=value but found &quot;%1&quot;.</source>
        <translation>应为 CONFIG_NAME=value，但看到的是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel release.</source>
        <translation>“%1”不是内核版本号。</translation>
    </message>
    <message>
        <source>The kernel configuration was found neither in /proc/config.gz nor in /boot/config-%1; forced unloading support is unknown.</source>
        <translation>在 /proc/config.gz 和 /boot/config-%1 中都找不到内核配置；无法得知是否支持强制卸载。</translation>
    </message>
    <message>
        <source>The lockdown mode is unknown (securityfs not readable).</source>
        <translation>锁定模式未知（securityfs 不可读）。</translation>
    </message>
    <message>
        <source>The taint &quot;%1&quot; is not a number.</source>
        <translation>污染标记值“%1”不是数字。</translation>
    </message>
    <message>
        <source>The fixer module (modrescue_fixer.ko) is not installed for kernel %1.</source>
        <translation>内核 %1 未安装修复模块（modrescue_fixer.ko）。</translation>
    </message>
</context>
<context>
    <name>KernelCommand</name>
    <message>
        <source>Show what the kernel allows: unloading, forced unloading, lockdown, signatures, taint, fixer.</source>
        <translation>显示内核允许的操作：卸载、强制卸载、锁定模式、签名、污染标记、修复模块。</translation>
    </message>
    <message>
        <source>kernel takes no arguments.</source>
        <translation>kernel 不接受参数。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>内核配置</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Module unloading</source>
        <translation>模块卸载</translation>
    </message>
    <message>
        <source>Forced unloading</source>
        <translation>强制卸载</translation>
    </message>
    <message>
        <source>Kprobes</source>
        <translation>Kprobes</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>锁定模式</translation>
    </message>
    <message>
        <source>Modules disabled</source>
        <translation>模块已禁用</translation>
    </message>
    <message>
        <source>Signatures enforced</source>
        <translation>强制签名</translation>
    </message>
    <message>
        <source>Taint</source>
        <translation>污染标记</translation>
    </message>
    <message>
        <source>0 (not tainted)</source>
        <translation>0（未被污染）</translation>
    </message>
    <message>
        <source>Fixer</source>
        <translation>修复模块</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>注意：</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List loaded modules with size, references, state and users.</source>
        <translation>列出已加载的模块及其大小、引用计数、状态和使用者。</translation>
    </message>
    <message>
        <source>Also list modules built into the kernel.</source>
        <translation>同时列出内置于内核的模块。</translation>
    </message>
    <message>
        <source>list takes no arguments (got &quot;%1&quot;).</source>
        <translation>list 不接受参数（收到了“%1”）。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>LoadCommand</name>
    <message>
        <source>Load a module of the running kernel by name (with its dependencies), or a .ko file, through the ModRescue helper.</source>
        <translation>通过 ModRescue 辅助程序按名称加载当前内核的模块（连同其依赖），或加载一个 .ko 文件。</translation>
    </message>
    <message>
        <source>load needs a module name or a .ko file.</source>
        <translation>load 需要一个模块名或一个 .ko 文件。</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>Load module %1 from %2 (%3)?</source>
        <translation>从 %2 加载模块 %1（%3）？</translation>
    </message>
    <message>
        <source>Load module %1 (%2)?</source>
        <translation>加载模块 %1（%2）？</translation>
    </message>
</context>
<context>
    <name>ModRescue::DetailsPanel</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>卸载(&amp;U)</translation>
    </message>
    <message>
        <source>Unload With &amp;Dependents…</source>
        <translation>连同依赖者一起卸载(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Force Remove…</source>
        <translation>强制移除(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace With File…</source>
        <translation>用文件替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove a stuck module; asks for confirmation first</source>
        <translation>移除卡住的模块；会先请求确认</translation>
    </message>
    <message>
        <source>Force remove this module, then load a fixed build of it</source>
        <translation>强制移除此模块，然后加载它的修复版本</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Select a module to see its details.</source>
        <translation>选择一个模块以查看其详细信息。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>正在诊断…</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>No other module.</source>
        <translation>没有其他模块。</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>被使用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Taint</source>
        <translation>污染</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>源码版本</translation>
    </message>
    <message>
        <source>Built for</source>
        <translation>构建目标</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>This module has no parameters.</source>
        <translation>此模块没有参数。</translation>
    </message>
    <message>
        <source>No module information: %1</source>
        <translation>没有模块信息：%1</translation>
    </message>
    <message>
        <source>Could not diagnose: %1</source>
        <translation>无法诊断：%1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>情形 %1：%2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No safe way now:</source>
        <translation>目前没有安全的办法：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>顺序：%1</translation>
    </message>
    <message>
        <source>forced, risk %1</source>
        <translation>强制，风险%1</translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation>备选：%1</translation>
    </message>
</context>
<context>
    <name>ModRescue::ForceRemoveDialog</name>
    <message>
        <source>Force Remove %1</source>
        <translation>强制移除 %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>情形 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;证据&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A forced removal is not possible.</source>
        <translation>无法强制移除。</translation>
    </message>
    <message>
        <source>The diagnosis offers no forced plan for this module.</source>
        <translation>诊断没有为此模块提供强制方案。</translation>
    </message>
    <message>
        <source>Risk: %1.</source>
        <translation>风险：%1。</translation>
    </message>
    <message>
        <source>Forcing marks the kernel as tainted (R), like “rmmod -f”. If the module still has work in flight, the kernel may crash.</source>
        <translation>强制会将内核标记为已污染（R），和“rmmod -f”一样。如果该模块仍有未完成的工作，内核可能崩溃。</translation>
    </message>
    <message>
        <source>Save your work in other applications first.</source>
        <translation>请先保存其他应用程序中的工作。</translation>
    </message>
    <message>
        <source>The module&apos;s exit function</source>
        <translation>模块的退出函数</translation>
    </message>
    <message>
        <source>&amp;Run it (it releases what the module holds)</source>
        <translation>运行它(&amp;R)（释放模块持有的资源）</translation>
    </message>
    <message>
        <source>&amp;Skip it (it never ran init to the end, or it crashes or is missing)</source>
        <translation>跳过它(&amp;S)（初始化从未完成，或它会崩溃或不存在）</translation>
    </message>
    <message>
        <source>Running the exit function is not offered: for this case it would act on a half-initialised or crashed module.</source>
        <translation>不提供运行退出函数：对这种情形，它会作用于一个初始化一半或已崩溃的模块。</translation>
    </message>
    <message>
        <source>Skipping the exit function is not offered for this case.</source>
        <translation>对这种情形不提供跳过退出函数。</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>推荐：%1。</translation>
    </message>
    <message>
        <source>run it</source>
        <translation>运行它</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>跳过它</translation>
    </message>
    <message>
        <source>I understand that this taints the kernel and may crash it</source>
        <translation>我明白这会污染内核，并可能使其崩溃</translation>
    </message>
    <message>
        <source>&amp;Force Remove</source>
        <translation>强制移除(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ModRescue::GraphView</name>
    <message>
        <source>Kernel module dependencies</source>
        <translation>内核模块依赖关系</translation>
    </message>
    <message>
        <source>Exported by ModRescue</source>
        <translation>由 ModRescue 导出</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and is writable.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The graph is too large to export as PNG; export it as SVG instead.</source>
        <translation>图太大，无法导出为 PNG；请改为导出 SVG。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ModRescue::HelperClient</name>
    <message>
        <source>Unload %1</source>
        <translation>卸载 %1</translation>
    </message>
    <message>
        <source>Unload %1 with its dependents</source>
        <translation>连同依赖者一起卸载 %1</translation>
    </message>
    <message>
        <source>Force remove %1</source>
        <translation>强制移除 %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <source>Load file %1</source>
        <translation>加载文件 %1</translation>
    </message>
</context>
<context>
    <name>ModRescue::LoadModuleDialog</name>
    <message>
        <source>Load Module</source>
        <translation>加载模块</translation>
    </message>
    <message>
        <source>Load Module File</source>
        <translation>加载模块文件</translation>
    </message>
    <message>
        <source>for example: loop</source>
        <translation>例如：loop</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>name=value name2=value2 (optional)</source>
        <translation>name=value name2=value2（可选）</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” is not a parameter name.</source>
        <translation>“%1”不是参数名。</translation>
    </message>
    <message>
        <source>The value of “%1” may not contain quotes or spaces.</source>
        <translation>“%1”的值不能包含引号或空格。</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>“%1”给出了两次。</translation>
    </message>
    <message>
        <source>At most 64 parameters can be given.</source>
        <translation>最多只能给出 64 个参数。</translation>
    </message>
    <message>
        <source>Enter the name of a module of the running kernel.</source>
        <translation>请输入正在运行的内核的模块名。</translation>
    </message>
    <message>
        <source>That is a file name; use “Load File…” for a .ko file.</source>
        <translation>这是文件名；.ko 文件请使用“加载文件…”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid module name.</source>
        <translation>“%1”不是有效的模块名。</translation>
    </message>
</context>
<context>
    <name>ModRescue::MainWindow</name>
    <message>
        <source>ModRescue</source>
        <translation>ModRescue</translation>
    </message>
    <message>
        <source>ModRescue — %1</source>
        <translation>ModRescue — %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>The graph could not be laid out.</source>
        <translation>无法布局该图。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Showing the captured tree in %1; actions would act on the running kernel.</source>
        <translation>正在显示 %1 中捕获的目录树；操作将作用于正在运行的内核。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Load Module…</source>
        <translation>加载模块(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Load &amp;File…</source>
        <translation>加载文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>卸载(&amp;U)</translation>
    </message>
    <message>
        <source>Unload With &amp;Dependents…</source>
        <translation>连同依赖者一起卸载(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Force Remove…</source>
        <translation>强制移除(&amp;F)…</translation>
    </message>
    <message>
        <source>Replace With &amp;File…</source>
        <translation>用文件替换(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>导出图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ModRescue</source>
        <translation>关于 ModRescue(&amp;A)</translation>
    </message>
    <message>
        <source>About ModRescue</source>
        <translation>关于 ModRescue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ModRescue %1&lt;/h3&gt;&lt;p&gt;Shows the kernel&apos;s modules, explains why one cannot be unloaded, and removes stuck ones safely.&lt;/p&gt;&lt;p&gt;License: GPL-2.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ModRescue %1&lt;/h3&gt;&lt;p&gt;显示内核模块，解释某个模块为何无法卸载，并安全地移除卡住的模块。&lt;/p&gt;&lt;p&gt;许可证：GPL-2.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Filter modules…</source>
        <translation>筛选模块…</translation>
    </message>
    <message>
        <source>&amp;Stuck only</source>
        <translation>仅卡住的(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Out-of-tree</source>
        <translation>树外(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tainting</source>
        <translation>污染内核(&amp;T)</translation>
    </message>
    <message>
        <source>Only modules that cannot be unloaded the normal way</source>
        <translation>仅显示无法正常卸载的模块</translation>
    </message>
    <message>
        <source>Only modules built outside the kernel tree (taint O)</source>
        <translation>仅显示在内核源码树之外构建的模块（污染标志 O）</translation>
    </message>
    <message>
        <source>Only modules that taint the kernel</source>
        <translation>仅显示污染内核的模块</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>依赖关系图</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>深度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Whole system</source>
        <translation>整个系统(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation>使图适应窗口</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the graph as SVG, PNG or DOT</source>
        <translation>将图导出为 SVG、PNG 或 DOT</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Could not read the loaded modules: %1</source>
        <translation>无法读取已加载的模块：%1</translation>
    </message>
    <message>
        <source>Could not read the loaded modules.</source>
        <translation>无法读取已加载的模块。</translation>
    </message>
    <message>
        <source>%1 is no longer loaded.</source>
        <translation>%1 已不再加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stuck</source>
        <translation>
            <numerusform>，%n 个卡住</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel abilities unknown</source>
        <translation>内核能力未知</translation>
    </message>
    <message>
        <source>, lockdown: %1</source>
        <translation>，锁定：%1</translation>
    </message>
    <message>
        <source>Kernel %1%2</source>
        <translation>内核 %1%2</translation>
    </message>
    <message>
        <source>Not tainted</source>
        <translation>未污染</translation>
    </message>
    <message>
        <source>Taint: %1</source>
        <translation>污染：%1</translation>
    </message>
    <message>
        <source>kernel (rmmod -f)</source>
        <translation>内核（rmmod -f）</translation>
    </message>
    <message>
        <source>fixer</source>
        <translation>修复模块</translation>
    </message>
    <message>
        <source>This kernel cannot unload modules</source>
        <translation>此内核无法卸载模块</translation>
    </message>
    <message>
        <source>Forced removal: not available</source>
        <translation>强制移除：不可用</translation>
    </message>
    <message>
        <source>Forced removal: %1</source>
        <translation>强制移除：%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>The fixer module is not installed for this kernel: install the modrescue-fixer DKMS package and linux-headers-%1. Without it, modules whose init or exit crashed cannot be removed.</source>
        <translation>此内核未安装修复模块：请安装 modrescue-fixer DKMS 软件包和 linux-headers-%1。没有它，初始化或退出函数崩溃的模块就无法移除。</translation>
    </message>
    <message>
        <source>Fixer: %1</source>
        <translation>修复模块：%1</translation>
    </message>
    <message>
        <source>Could not build the graph: %1</source>
        <translation>无法构建该图：%1</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>正在卸载 %1…</translation>
    </message>
    <message>
        <source>Cannot Unload %1</source>
        <translation>无法卸载 %1</translation>
    </message>
    <message>
        <source>Unloading %1 and its dependents: %2</source>
        <translation>正在卸载 %1 及其依赖者：%2</translation>
    </message>
    <message>
        <source>Cannot Diagnose %1</source>
        <translation>无法诊断 %1</translation>
    </message>
    <message>
        <source>Unloading %1 to replace it with %2…</source>
        <translation>正在卸载 %1，以便用 %2 替换它…</translation>
    </message>
    <message>
        <source>Used by Other Modules</source>
        <translation>被其他模块使用</translation>
    </message>
    <message>
        <source>%1 is used by %2. Forcing past its users would leave them pointing at freed code; unload them first with “Unload With Dependents…”.</source>
        <translation>%1 被 %2 使用。强行越过其使用者会让它们指向已释放的代码；请先用“连同依赖者一起卸载…”卸载它们。</translation>
    </message>
    <message>
        <source>Force removing %1 (exit function: %2)…</source>
        <translation>正在强制移除 %1（退出函数：%2）…</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Load Kernel Module File</source>
        <translation>加载内核模块文件</translation>
    </message>
    <message>
        <source>Kernel modules (*.ko);;All files (*)</source>
        <translation>内核模块 (*.ko);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Load the New Build of %1</source>
        <translation>加载 %1 的新版本</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Replace %1 With File</source>
        <translation>用文件替换 %1</translation>
    </message>
    <message>
        <source>Different Module</source>
        <translation>不同的模块</translation>
    </message>
    <message>
        <source>The file looks like the module “%1”, not “%2”. Replace anyway?</source>
        <translation>该文件看起来是模块“%1”，而不是“%2”。仍要替换吗？</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported the graph to %1.</source>
        <translation>已将图导出到 %1。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：完成。</translation>
    </message>
    <message>
        <source>Kernel taint now: %1</source>
        <translation>现在的内核污染：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>%1 失败：%2 %3</translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation>%1 失败</translation>
    </message>
</context>
<context>
    <name>ModRescue::ModuleMonitor</name>
    <message>
        <source>Updates live</source>
        <translation>实时更新</translation>
    </message>
    <message numerus="yes">
        <source>Updates every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒更新一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured tree, no live updates</source>
        <translation>捕获的目录树，不实时更新</translation>
    </message>
</context>
<context>
    <name>ModRescue::ModuleTableModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>情形 %1：%2</translation>
    </message>
    <message>
        <source>Per-module taint flags: %1</source>
        <translation>模块自身的污染标志：%1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>被使用</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Taint</source>
        <translation>污染</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Reference count: how many users (modules, open files, mounts…) hold it</source>
        <translation>引用计数：有多少使用者（模块、打开的文件、挂载…）持有它</translation>
    </message>
    <message>
        <source>Modules that use this one and must be unloaded first</source>
        <translation>使用此模块、必须先卸载的模块</translation>
    </message>
    <message>
        <source>Taint flags of this module: O out-of-tree, E unsigned, P proprietary…</source>
        <translation>此模块的污染标志：O 树外、E 未签名、P 专有…</translation>
    </message>
</context>
<context>
    <name>ModRescue::ParameterTableModel</name>
    <message>
        <source>(not readable)</source>
        <translation>（不可读）</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ModRescue::UnloadDependentsDialog</name>
    <message>
        <source>Unload %1 With Dependents</source>
        <translation>连同依赖者一起卸载 %1</translation>
    </message>
    <message numerus="yes">
        <source>These %n module(s) will be unloaded, in this order. Each is unloaded the normal way; the first failure stops the rest.</source>
        <translation>
            <numerusform>将按此顺序卸载这 %n 个模块。每个都以正常方式卸载；第一次失败将停止其余的卸载。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unload %n Module(s)</source>
        <translation>
            <numerusform>卸载 %n 个模块(&amp;U)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModinfoReader</name>
    <message>
        <source>The kernel release is unknown, so its modules cannot be found.</source>
        <translation>内核版本号未知，因此找不到它的模块。</translation>
    </message>
    <message>
        <source>libkmod could not be initialised.</source>
        <translation>无法初始化 libkmod。</translation>
    </message>
    <message>
        <source>No module %1 is known for kernel %2.</source>
        <translation>内核 %2 没有已知的模块 %1。</translation>
    </message>
</context>
<context>
    <name>ModuleName</name>
    <message>
        <source>A module name cannot be empty.</source>
        <translation>模块名不能为空。</translation>
    </message>
    <message>
        <source>The module name is %1 characters long; the kernel accepts at most %2.</source>
        <translation>模块名长 %1 个字符；内核最多接受 %2 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a file name; give the module name (for example &quot;%2&quot;).</source>
        <translation>“%1”看起来像文件名；请给出模块名（例如“%2”）。</translation>
    </message>
    <message>
        <source>The module name &quot;%1&quot; contains &quot;%2&quot;; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>模块名“%1”包含“%2”；只允许字母、数字、“_”和“-”。</translation>
    </message>
</context>
<context>
    <name>ModuleState</name>
    <message>
        <source>live</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>loading (init not finished)</source>
        <translation>加载中（初始化未完成）</translation>
    </message>
    <message>
        <source>unloading (exit not finished)</source>
        <translation>卸载中（退出未完成）</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>Can be unloaded</source>
        <translation>可以卸载</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>卡住</translation>
    </message>
    <message>
        <source>Cannot be unloaded</source>
        <translation>无法卸载</translation>
    </message>
</context>
<context>
    <name>ReloadCommand</name>
    <message>
        <source>Remove the loaded module of the same name (by force if it is stuck), then load the file.</source>
        <translation>移除已加载的同名模块（如果卡住则强制移除），然后加载该文件。</translation>
    </message>
    <message>
        <source>When forcing, run the exit function.</source>
        <translation>强制移除时运行退出函数。</translation>
    </message>
    <message>
        <source>When forcing, do not run the exit function.</source>
        <translation>强制移除时不运行退出函数。</translation>
    </message>
    <message>
        <source>reload needs a .ko file and at most one of --run-exit and --skip-exit.</source>
        <translation>reload 需要一个 .ko 文件，且 --run-exit 和 --skip-exit 最多只能指定一个。</translation>
    </message>
    <message>
        <source>Then load %1 from %2.</source>
        <translation>然后从 %2 加载 %1。</translation>
    </message>
    <message>
        <source>Reload %1?</source>
        <translation>重新加载 %1？</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a module&apos;s state, modinfo fields and parameters.</source>
        <translation>显示模块的状态、modinfo 字段和参数。</translation>
    </message>
    <message>
        <source>show needs exactly one module name.</source>
        <translation>show 需要且仅需要一个模块名。</translation>
    </message>
    <message>
        <source>No module %1 is loaded, built in or installed.</source>
        <translation>没有名为 %1 的已加载、内置或已安装的模块。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>References</source>
        <translation>引用计数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Taint</source>
        <translation>污染标记</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Srcversion</source>
        <translation>源码版本</translation>
    </message>
    <message>
        <source>Vermagic</source>
        <translation>Vermagic</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Modinfo</source>
        <translation>Modinfo</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The last line is incomplete: the file was truncated.</source>
        <translation>最后一行不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>Expected 6 or 7 fields (name, size, references, users, state, address, taint) but found %1.</source>
        <translation>应有 6 或 7 个字段（名称、大小、引用、使用者、状态、地址、污染），但看到 %1 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation>“%1”不是模块名。</translation>
    </message>
    <message>
        <source>The module %1 is listed twice.</source>
        <translation>模块 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not a number.</source>
        <translation>大小“%1”不是数字。</translation>
    </message>
    <message>
        <source>The reference count &quot;%1&quot; is not a number.</source>
        <translation>引用计数“%1”不是数字。</translation>
    </message>
    <message>
        <source>The list of users &quot;%1&quot; does not end with a comma.</source>
        <translation>使用者列表“%1”没有以逗号结尾。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is not a module name.</source>
        <translation>使用者“%1”不是模块名。</translation>
    </message>
    <message>
        <source>The user %1 is listed twice.</source>
        <translation>使用者 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot; (expected Live, Loading or Unloading).</source>
        <translation>未知状态“%1”（应为 Live、Loading 或 Unloading）。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a hexadecimal number.</source>
        <translation>地址“%1”不是十六进制数。</translation>
    </message>
    <message>
        <source>The taint flags &quot;%1&quot; are not of the form (LETTERS) matching the state.</source>
        <translation>污染标志“%1”不是与状态匹配的（字母）形式。</translation>
    </message>
    <message>
        <source>Unknown initstate &quot;%1&quot; (expected live, coming or going).</source>
        <translation>未知的 initstate“%1”（应为 live、coming 或 going）。</translation>
    </message>
    <message>
        <source>The state %1 disagrees with %2 line %3 (%4).</source>
        <translation>状态 %1 与 %2 第 %3 行（%4）不一致。</translation>
    </message>
    <message>
        <source>The holders (%1) disagree with the users in %2 line %3 (%4).</source>
        <translation>持有者（%1）与 %2 第 %3 行（%4）中的使用者不一致。</translation>
    </message>
    <message>
        <source>The reference count %1 disagrees with %2 line %3 (%4).</source>
        <translation>引用计数 %1 与 %2 第 %3 行（%4）不一致。</translation>
    </message>
    <message>
        <source>The module %1 is used by %2, which is not loaded.</source>
        <translation>模块 %1 被 %2 使用，但 %2 未加载。</translation>
    </message>
    <message>
        <source>The module %1 has an initstate but is not in %2.</source>
        <translation>模块 %1 有 initstate，但不在 %2 中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module file path.</source>
        <translation>“%1”不是模块文件路径。</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>The file is larger than %1 bytes; it cannot be a kernel file of this kind.</source>
        <translation>文件大于 %1 字节；它不可能是这种内核文件。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>权限被拒绝。</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links (a symlink loop).</source>
        <translation>符号链接层数过多（符号链接循环）。</translation>
    </message>
    <message>
        <source>A part of the path is not a directory.</source>
        <translation>路径中的某一部分不是目录。</translation>
    </message>
    <message>
        <source>It is a directory, not a file.</source>
        <translation>这是目录，不是文件。</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>无法读取：%1。</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>该行长于 %1 字节。</translation>
    </message>
    <message>
        <source>The line contains a NUL byte (binary data).</source>
        <translation>该行包含 NUL 字节（二进制数据）。</translation>
    </message>
</context>
<context>
    <name>Tristate</name>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>UnloadCommand</name>
    <message>
        <source>Unload a module (and, with --with-dependents, every module using it, users first) through the ModRescue helper.</source>
        <translation>通过 ModRescue 辅助程序卸载一个模块（使用 --with-dependents 时还会卸载所有使用它的模块，使用者先卸载）。</translation>
    </message>
    <message>
        <source>Also unload the modules that use it, in a safe order.</source>
        <translation>同时按安全顺序卸载使用它的模块。</translation>
    </message>
    <message>
        <source>unload needs exactly one module name.</source>
        <translation>unload 需要且仅需要一个模块名。</translation>
    </message>
    <message>
        <source>Will unload, in this order: %1</source>
        <translation>将按以下顺序卸载：%1</translation>
    </message>
    <message>
        <source>Unload %1 and its dependents?</source>
        <translation>卸载 %1 及依赖它的模块？</translation>
    </message>
    <message>
        <source>Unload %1?</source>
        <translation>卸载 %1？</translation>
    </message>
</context>
<context>
    <name>WhyCommand</name>
    <message>
        <source>Explain why a module can or cannot be unloaded, and how it would be removed.</source>
        <translation>解释模块为何可以或不能卸载，以及将如何移除它。</translation>
    </message>
    <message>
        <source>why needs exactly one module name.</source>
        <translation>why 需要且仅需要一个模块名。</translation>
    </message>
    <message>
        <source>, case %1</source>
        <translation>，情形 %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>No plan: </source>
        <translation>没有方案：</translation>
    </message>
    <message>
        <source>%1 (risk %2%3)</source>
        <translation>%1（风险：%2%3）</translation>
    </message>
    <message>
        <source>, forces</source>
        <translation>，强制</translation>
    </message>
    <message>
        <source>forces</source>
        <translation>强制</translation>
    </message>
    <message>
        <source>exit runs</source>
        <translation>运行退出函数</translation>
    </message>
    <message>
        <source>no exit runs</source>
        <translation>不运行退出函数</translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Alternative: </source>
        <translation>备选方案：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows the loaded kernel modules, explains why one cannot be unloaded, and removes stuck ones.</source>
        <translation>显示已加载的内核模块，解释某个模块为何无法卸载，并移除卡住的模块。</translation>
    </message>
    <message>
        <source>Read the kernel state below &lt;dir&gt; (a captured tree) instead of /.</source>
        <translation>读取 &lt;dir&gt; 下的内核状态（捕获的目录树），而不是 /。</translation>
    </message>
    <message>
        <source>Select &lt;module&gt; at start.</source>
        <translation>启动时选中 &lt;module&gt;。</translation>
    </message>
    <message>
        <source>Show the whole system in the graph.</source>
        <translation>在图中显示整个系统。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is populated, then quit.</source>
        <translation>窗口内容就绪后将其图片保存到 &lt;file&gt;，然后退出。</translation>
    </message>
</context>
<context>
    <name>modrescuectl</name>
    <message>
        <source>Read the kernel state below DIR instead of / (a captured tree).</source>
        <translation>从 DIR 下读取内核状态（一份捕获的目录树），而不是从 /。</translation>
    </message>
    <message>
        <source>Print JSON (schema in docs/cli.md) instead of text.</source>
        <translation>输出 JSON（格式见 docs/cli.md）而不是文本。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Usage: modrescuectl [--root DIR] [--json] %1 %2</source>
        <translation>用法：modrescuectl [--root DIR] [--json] %1 %2</translation>
    </message>
    <message>
        <source>Usage: modrescuectl [--root DIR] [--json] COMMAND [ARGUMENTS]</source>
        <translation>用法：modrescuectl [--root DIR] [--json] 命令 [参数]</translation>
    </message>
    <message>
        <source>Shows loaded kernel modules, explains why one cannot be unloaded, and how ModRescue would remove it.</source>
        <translation>显示已加载的内核模块，解释某个模块为何无法卸载，以及 ModRescue 将如何移除它。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 the kernel state could not be read, 2 usage error, 3 invalid module name, 4 unknown module, 5 refused.</source>
        <translation>退出状态：0 成功，1 无法读取内核状态，2 用法错误，3 模块名无效，4 未知模块，5 被拒绝。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see modrescuectl --help.</source>
        <translation>未知命令“%1”；请参阅 modrescuectl --help。</translation>
    </message>
</context>
</TS>
