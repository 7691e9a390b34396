// SPDX-License-Identifier: GPL-2.0-or-later
// CommandRegistry: the list of modrescuectl's commands, filled at start-up by
// MODRESCUE_REGISTER_COMMAND in each command's file.
#pragma once

#include "Command.h"

#include <functional>
#include <memory>
#include <vector>

namespace ModRescue {

class CommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Command>()>;

    static CommandRegistry &instance();
    void add(Factory factory);
    // New instances, sorted by order() then name().
    std::vector<std::unique_ptr<Command>> commands() const;
    std::unique_ptr<Command> create(const QString &name) const;

    struct Registration
    {
        explicit Registration(Factory factory) { instance().add(std::move(factory)); }
    };

private:
    std::vector<Factory> m_factories;
};

} // namespace ModRescue

#define MODRESCUE_REGISTER_COMMAND(Class)                                                         \
    static const ModRescue::CommandRegistry::Registration registration_##Class(                   \
        [] { return std::unique_ptr<ModRescue::Command>(std::make_unique<Class>()); })
