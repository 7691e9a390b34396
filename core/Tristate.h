// SPDX-License-Identifier: GPL-2.0-or-later
// Tristate: a yes/no fact about the kernel that may not be knowable from
// userspace without privileges (then Unknown, never a guess).
#pragma once

#include <QString>

namespace ModRescue {

enum class Tristate { No, Yes, Unknown };

// "no", "yes", "unknown" (stable, for JSON) and the translated words.
QString tristateId(Tristate value);
QString tristateText(Tristate value);

} // namespace ModRescue
