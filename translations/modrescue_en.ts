<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DependencyGraph</name>
    <message>
        <source>The module %1 is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules %1 use each other in a cycle; no removal order exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message numerus="yes">
        <source>%n process(es) could not be examined without root; run as root to be certain no task is still inside the module&apos;s code.</source>
        <translation>
            <numerusform>%n process could not be examined without root; run as root to be certain no task is still inside the module&apos;s code.</numerusform>
            <numerusform>%n processes could not be examined without root; run as root to be certain no task is still inside the module&apos;s code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which is loading or unloading %3 (its system call could not be read to confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside %2 for a module that cannot be identified; it may be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file being loaded is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is waiting in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 normally (its exit function runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 (its exit function runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 (no exit function runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set its state to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset its reference count to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear its init and exit functions so none runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the fixer once to repair %1: %2. This taints the kernel (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the kernel to unload %1 (rmmod -f) despite its reference count; its exit function runs. This taints the kernel (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the kernel to unload %1 (rmmod -f); there is no exit function to run. This taints the kernel (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair with the fixer, skip the exit function, unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair with the fixer, then unload and run the exit function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced unload by the kernel (rmmod -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixer module is not installed for kernel %1; install ModRescue&apos;s DKMS package to use the plans that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no kprobes (CONFIG_KPROBES), which the fixer needs to find the module list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel only loads signed modules (signature enforcement or lockdown): the fixer must be signed with a key the kernel trusts (DKMS signs with its MOK key once it is enrolled with mokutil --import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither in /proc/modules nor built into the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to unload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is built into the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of the kernel image (it appears in /sys/module or modules.builtin but not in /proc/modules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in code can never be unloaded; it can only be disabled on the kernel command line or by building a different kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 with reference count %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel cannot unload modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel was built without module unloading (CONFIG_MODULE_UNLOAD is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading and unloading modules was switched off until the next boot (/proc/sys/kernel/modules_disabled is 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reboot can remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its holders list (/sys/module/%1/holders) names %2; the kernel refuses to unload a module while others use it, and forcing past them would crash them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safe removal order exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which must go first, is itself %2: diagnose it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 in this order, each normally (their exit functions run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload with dependents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, waiting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit function of %1 is still running in process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The init function of %1 is still running in process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its exit function is still running (process %1%2); freeing the module now would crash the kernel. Find out what the exit function waits for and let it finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its init function is still running (process %1%2); freeing the module now would crash the kernel. Wait for it or make it finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit function of %1 crashed or was killed; the module is stuck unloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its state is going (initstate) and no task is inside delete_module: its exit function started and never finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The init function of %1 crashed or was killed; the module is stuck loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its state is coming (initstate) and no task is inside init_module or finit_module: its init function started and never finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair with the fixer (state live, no references, exit skipped), then unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair with the fixer (state live, no references, init and exit cleared), then unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/modules marks %1 [permanent]: it has an init function but no exit function, and the kernel refuses to unload such a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/kallsyms lists symbols of %1 but no cleanup_module: it has no exit function, and the kernel refuses to unload a module that has an init function but no exit function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has an exit function (cleanup_module in /proc/kallsyms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n reference(s) but no module uses it.</source>
        <translation>
            <numerusform>%1 has %n reference but no module uses it.</numerusform>
            <numerusform>%1 has %n references but no module uses it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No process holds one of its devices open, none of its filesystems is mounted and no network interface uses its driver: the reference was most likely leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 (%2) holds %3 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 filesystem is mounted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface %1 uses its driver %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release these first (close, unmount, bring the interface down); then it can be unloaded normally. Forcing is a last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel was built without CONFIG_MODULE_FORCE_UNLOAD, so rmmod -f cannot help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exit function, so the kernel will not unload it normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in use and can be unloaded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Can be unloaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by other modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init function crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init function still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced without holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit function crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit function still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel cannot unload modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message numerus="yes">
        <source>The system calls of %n process(es) could not be read (only root can); a task loading or unloading a module may have been missed.</source>
        <translation>
            <numerusform>The system calls of %n process could not be read (only root can); a task loading or unloading a module may have been missed.</numerusform>
            <numerusform>The system calls of %n processes could not be read (only root can); a task loading or unloading a module may have been missed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected &quot;address type name [module]&quot; but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a syscall number or &quot;running&quot; but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;device mountpoint type options&quot; but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/kallsyms lists no symbols of %1, so whether it has an exit function is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 has an exit function is unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForceCommand</name>
    <message>
        <source>Forcibly remove a stuck module through the ModRescue helper, with the kernel&apos;s forced unload or the fixer module, as the diagnosis says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the module&apos;s exit function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not run the module&apos;s exit function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force needs one module name and at most one of --run-exit and --skip-exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcibly remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <source>Print the dependency graph, or a module&apos;s neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include modules up to N hops from NAME (default 1; -1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, dot or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph takes at most one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth needs a number of hops (0 or more, or -1 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, dot or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>Taints the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading (init running or crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading (exit running or crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck: cannot be unloaded normally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message>
        <source>Graphviz could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not create a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph has two nodes named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edge %1 → %2 names a node that is not in the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperErrorText</name>
    <message>
        <source>the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system did not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again and enter an administrator&apos;s password when asked. If no password dialog appears, make sure a polkit authentication agent is running in your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs an administrator&apos;s password, but no one could be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a polkit authentication agent (every desktop has one) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid kernel module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”, at most 55 characters, without “.ko”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper refused the request as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file or the parameters and try again; the details say what was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not loaded, or the running kernel has no module of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list; to load a module that is not installed, use “Load file…” with its .ko file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of the kernel image and can never be unloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its behaviour with kernel parameters at boot instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by other modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other modules still use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Unload with dependents…” to unload them first, in the right order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initialisation function of %1 is still running. Removing the module now would crash the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish, or end the process that loads it (the details name it). If it never returns, only a reboot helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit function still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process is still inside the exit function of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish; the details name the process and where it waits. If it hangs for good, only a reboot helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixer module not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 needs ModRescue&apos;s fixer module, which is not installed for the running kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the modrescue-fixer DKMS package and the headers of the running kernel (linux-headers-$(uname -r)), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel lockdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel is in lockdown mode (Secure Boot) and refuses this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the module with a key enrolled with MOK (DKMS can do it: mokutil --import the DKMS key and reboot), or disable Secure Boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel only accepts signed modules, and this one is not signed with a trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign it with a key enrolled with MOK (scripts/sign-file, or DKMS&apos;s own key after “mokutil --import”), then load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the kernel log (journalctl -k) for an oops or a hang, refresh the list, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused the operation on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details give the kernel&apos;s reason; the kernel log (journalctl -k) often says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many of your requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running ones to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ModRescue system helper is not available on the system bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install ModRescue system-wide (its D-Bus service and polkit policy), or use modrescuectl as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper stopped answering; it may have crashed or been stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see the module&apos;s state now, and check the system log (journalctl -t modrescue-helper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system bus does not allow talking to the helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the helper&apos;s D-Bus policy file is installed in /usr/share/dbus-1/system.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper answered with an error this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and try again; if it persists, report it with the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a terminal: add --yes to go ahead without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the system bus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is required; run modrescuectl on a terminal or with a polkit agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel taint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 (risk %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcing marks the kernel as tainted (R) and can crash it if the module is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NAME=VALUE module parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a kernel module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelAbilities</name>
    <message>
        <source>proprietary module loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module force loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU out of specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module force unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tainted by user request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel died recently (oops or BUG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACPI table overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel issued a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging driver loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware bug worked around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externally-built module loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned module loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft lockup occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel live patched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auxiliary taint (distribution-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with struct randomization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-kernel test loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit %1: unknown taint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelAbilitiesReader</name>
    <message>
        <source>zlib could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid gzip data (it may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file expands to more than 64 MiB; it is not a kernel configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected CONFIG_NAME=value but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel configuration was found neither in /proc/config.gz nor in /boot/config-%1; forced unloading support is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lockdown mode is unknown (securityfs not readable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taint &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixer module (modrescue_fixer.ko) is not installed for kernel %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelCommand</name>
    <message>
        <source>Show what the kernel allows: unloading, forced unloading, lockdown, signatures, taint, fixer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module unloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced unloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kprobes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not tainted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List loaded modules with size, references, state and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list modules built into the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCommand</name>
    <message>
        <source>Load a module of the running kernel by name (with its dependencies), or a .ko file, through the ModRescue helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load needs a module name or a .ko file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load module %1 from %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load module %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::DetailsPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload With &amp;Dependents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace With File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a stuck module; asks for confirmation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force remove this module, then load a fixed build of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a module to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not diagnose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safe way now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced, risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::ForceRemoveDialog</name>
    <message>
        <source>Force Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forced removal is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis offers no forced plan for this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcing marks the kernel as tainted (R), like “rmmod -f”. If the module still has work in flight, the kernel may crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your work in other applications first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module&apos;s exit function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run it (it releases what the module holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip it (it never ran init to the end, or it crashes or is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the exit function is not offered: for this case it would act on a half-initialised or crashed module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping the exit function is not offered for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this taints the kernel and may crash it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::GraphView</name>
    <message>
        <source>Kernel module dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by ModRescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph is too large to export as PNG; export it as SVG instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::HelperClient</name>
    <message>
        <source>Unload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 with its dependents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::LoadModuleDialog</name>
    <message>
        <source>Load Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Module File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value name2=value2 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” may not contain quotes or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 64 parameters can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of a module of the running kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a file name; use “Load File…” for a .ko file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid module name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::MainWindow</name>
    <message>
        <source>ModRescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModRescue — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the captured tree in %1; actions would act on the running kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload With &amp;Dependents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace With &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ModRescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ModRescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ModRescue %1&lt;/h3&gt;&lt;p&gt;Shows the kernel&apos;s modules, explains why one cannot be unloaded, and removes stuck ones safely.&lt;/p&gt;&lt;p&gt;License: GPL-2.0-or-later&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stuck only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out-of-tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tainting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only modules that cannot be unloaded the normal way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only modules built outside the kernel tree (taint O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only modules that taint the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as SVG, PNG or DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the loaded modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the loaded modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stuck</source>
        <translation>
            <numerusform>, %n stuck</numerusform>
            <numerusform>, %n stuck</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel abilities unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lockdown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tainted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel (rmmod -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel cannot unload modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced removal: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixer module is not installed for this kernel: install the modrescue-fixer DKMS package and linux-headers-%1. Without it, modules whose init or exit crashed cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Unload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading %1 and its dependents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Diagnose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading %1 to replace it with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by Other Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2. Forcing past its users would leave them pointing at freed code; unload them first with “Unload With Dependents…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force removing %1 (exit function: %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Kernel Module File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel modules (*.ko);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the New Build of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 With File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like the module “%1”, not “%2”. Replace anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the graph to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel taint now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::ModuleMonitor</name>
    <message>
        <source>Updates live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updates every %n second(s)</source>
        <translation>
            <numerusform>Updates every second</numerusform>
            <numerusform>Updates every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured tree, no live updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::ModuleTableModel</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-module taint flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference count: how many users (modules, open files, mounts…) hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that use this one and must be unloaded first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint flags of this module: O out-of-tree, E unsigned, P proprietary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::ParameterTableModel</name>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModRescue::UnloadDependentsDialog</name>
    <message>
        <source>Unload %1 With Dependents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n module(s) will be unloaded, in this order. Each is unloaded the normal way; the first failure stops the rest.</source>
        <translation>
            <numerusform>This module will be unloaded. It is unloaded the normal way.</numerusform>
            <numerusform>These %n modules will be unloaded, in this order. Each is unloaded the normal way; the first failure stops the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unload %n Module(s)</source>
        <translation>
            <numerusform>&amp;Unload %n Module</numerusform>
            <numerusform>&amp;Unload %n Modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModinfoReader</name>
    <message>
        <source>The kernel release is unknown, so its modules cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libkmod could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module %1 is known for kernel %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleName</name>
    <message>
        <source>A module name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module name is %1 characters long; the kernel accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a file name; give the module name (for example &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module name &quot;%1&quot; contains &quot;%2&quot;; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleState</name>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading (init not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unloading (exit not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>Can be unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be unloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReloadCommand</name>
    <message>
        <source>Remove the loaded module of the same name (by force if it is stuck), then load the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When forcing, run the exit function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When forcing, do not run the exit function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload needs a .ko file and at most one of --run-exit and --skip-exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then load %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a module&apos;s state, modinfo fields and parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module %1 is loaded, built in or installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Srcversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermagic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The last line is incomplete: the file was truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 6 or 7 fields (name, size, references, users, state, address, taint) but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference count &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users &quot;%1&quot; does not end with a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is not a module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot; (expected Live, Loading or Unloading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a hexadecimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taint flags &quot;%1&quot; are not of the form (LETTERS) matching the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown initstate &quot;%1&quot; (expected live, coming or going).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state %1 disagrees with %2 line %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders (%1) disagree with the users in %2 line %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference count %1 disagrees with %2 line %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 is used by %2, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 has an initstate but is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module file path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>The file is larger than %1 bytes; it cannot be a kernel file of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many levels of symbolic links (a symlink loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the path is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains a NUL byte (binary data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tristate</name>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnloadCommand</name>
    <message>
        <source>Unload a module (and, with --with-dependents, every module using it, users first) through the ModRescue helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also unload the modules that use it, in a safe order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unload needs exactly one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will unload, in this order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 and its dependents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyCommand</name>
    <message>
        <source>Explain why a module can or cannot be unloaded, and how it would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why needs exactly one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (risk %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows the loaded kernel modules, explains why one cannot be unloaded, and removes stuck ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the kernel state below &lt;dir&gt; (a captured tree) instead of /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &lt;module&gt; at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole system in the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is populated, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modrescuectl</name>
    <message>
        <source>Read the kernel state below DIR instead of / (a captured tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema in docs/cli.md) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: modrescuectl [--root DIR] [--json] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: modrescuectl [--root DIR] [--json] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows loaded kernel modules, explains why one cannot be unloaded, and how ModRescue would remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 the kernel state could not be read, 2 usage error, 3 invalid module name, 4 unknown module, 5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see modrescuectl --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
