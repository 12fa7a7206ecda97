#pragma once

// Private to core/domain: one table per enum keeps key, translation source and value together,
// so a key can never drift from its name and lupdate still sees every string.

#include <QCoreApplication>
#include <QString>
#include <cstddef>

namespace Sepakat::EnumTable {

template<typename E> struct Entry
{
    E value;
    const char *key;  // stable lowercase ASCII, stored in SQLite and files
    const char *name; // English source text, marked with QT_TRANSLATE_NOOP
};

template<typename E, std::size_t N> const Entry<E> &find(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table[0];
}

template<typename E, std::size_t N> QString key(const Entry<E> (&table)[N], E value)
{
    return QString::fromLatin1(find(table, value).key);
}

// Unknown keys fall back to the given default, so a book written by a newer Sepakat still opens.
template<typename E, std::size_t N>
E fromKey(const Entry<E> (&table)[N], const QString &text, E fallback)
{
    const QString wanted = text.trimmed();
    for (const auto &entry : table) {
        if (wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return fallback;
}

template<typename E, std::size_t N>
QString name(const char *context, const Entry<E> (&table)[N], E value)
{
    return QCoreApplication::translate(context, find(table, value).name);
}

} // namespace Sepakat::EnumTable
