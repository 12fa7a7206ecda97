#pragma once

#include <QStringList>

namespace Sepakat {

// The deal books opened lately, newest first, kept in QSettings. The first is the one reopened
// on the next start.
namespace RecentBooks {

inline constexpr int kMaximum = 8;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
QString last();

} // namespace RecentBooks

} // namespace Sepakat
