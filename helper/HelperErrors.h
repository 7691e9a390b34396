// SPDX-License-Identifier: GPL-2.0-or-later
// The D-Bus names shared by the helper and its clients: service, object path,
// and every error name a Helper1 method can return (docs/dbus-api.md says
// which method returns which).
#pragma once

namespace ModRescue::Helper {

inline constexpr char ServiceName[] = "io.github.modrescue.Helper1";
inline constexpr char ObjectPath[] = "/io/github/modrescue/Helper1";
inline constexpr char InterfaceName[] = "io.github.modrescue.Helper1";

// Clients should use a long timeout: polkit may be waiting for a password.
inline constexpr int CallTimeoutMs = 30 * 60 * 1000;

namespace Error {
inline constexpr char NotAuthorized[] = "io.github.modrescue.Error.NotAuthorized";
inline constexpr char InvalidName[] = "io.github.modrescue.Error.InvalidName";
inline constexpr char InvalidArgument[] = "io.github.modrescue.Error.InvalidArgument";
inline constexpr char NoSuchModule[] = "io.github.modrescue.Error.NoSuchModule";
inline constexpr char BuiltIn[] = "io.github.modrescue.Error.BuiltIn";
inline constexpr char UsedByModules[] = "io.github.modrescue.Error.UsedByModules";
inline constexpr char InitRunning[] = "io.github.modrescue.Error.InitRunning";
inline constexpr char ExitRunning[] = "io.github.modrescue.Error.ExitRunning";
inline constexpr char FixerUnavailable[] = "io.github.modrescue.Error.FixerUnavailable";
inline constexpr char Lockdown[] = "io.github.modrescue.Error.Lockdown";
inline constexpr char SignatureRequired[] = "io.github.modrescue.Error.SignatureRequired";
inline constexpr char Timeout[] = "io.github.modrescue.Error.Timeout";
inline constexpr char KernelRefused[] = "io.github.modrescue.Error.KernelRefused";
inline constexpr char Busy[] = "io.github.modrescue.Error.Busy";
// Not ours, but returned by us: a polkit challenge on a message that did not
// allow interactive authorisation.
inline constexpr char InteractiveAuthorizationRequired[] =
    "org.freedesktop.DBus.Error.InteractiveAuthorizationRequired";
} // namespace Error

} // namespace ModRescue::Helper
