#include "common/userprofile.h"

#include <QCoreApplication>
#include <QSettings>

namespace Sepakat {

UserProfile UserProfile::load()
{
    QSettings settings;
    UserProfile profile;
    profile.name = settings.value(QStringLiteral("profile/name")).toString();
    profile.role = settings.value(QStringLiteral("profile/role")).toString() == u"manager"
                       ? Role::Manager
                       : Role::Salesperson;
    return profile;
}

void UserProfile::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("profile/name"), name.trimmed());
    settings.setValue(QStringLiteral("profile/role"), role == Role::Manager
                                                          ? QStringLiteral("manager")
                                                          : QStringLiteral("salesperson"));
}

QString UserProfile::effectiveName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login;
}

QString UserProfile::roleName(Role role)
{
    return role == Role::Manager
               ? QCoreApplication::translate("Sepakat::UserProfile", "Manager")
               : QCoreApplication::translate("Sepakat::UserProfile", "Salesperson");
}

} // namespace Sepakat
