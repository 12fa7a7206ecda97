#pragma once

#include <QString>

namespace Sepakat {

// Who uses this computer account: kept per user in QSettings, not in the deal book, and handed to
// DealBook::setUserName so the audit log names them.
struct UserProfile
{
    enum class Role { Salesperson, Manager };

    QString name;
    Role role = Role::Salesperson;

    static UserProfile load();
    void save() const;
    // The name for the audit log: the profile's, else the account's login name.
    QString effectiveName() const;

    static QString roleName(Role role);
};

} // namespace Sepakat
