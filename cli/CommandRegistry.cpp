// SPDX-License-Identifier: GPL-2.0-or-later
#include "CommandRegistry.h"

#include <algorithm>

namespace ModRescue {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Factory factory)
{
    m_factories.push_back(std::move(factory));
}

std::vector<std::unique_ptr<Command>> CommandRegistry::commands() const
{
    std::vector<std::unique_ptr<Command>> out;
    for (const Factory &f : m_factories)
        out.push_back(f());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a->order() != b->order() ? a->order() < b->order() : a->name() < b->name();
    });
    return out;
}

std::unique_ptr<Command> CommandRegistry::create(const QString &name) const
{
    for (const Factory &f : m_factories) {
        auto c = f();
        if (c->name() == name)
            return c;
    }
    return nullptr;
}

} // namespace ModRescue
