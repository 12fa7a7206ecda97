#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace Sepakat {

// Shows validation messages inline, right under the field they are about, so a dialog can stay
// open and the user sees what to fix where. Field keys are those of the core's validate().
class InlineErrors
{
public:
    // A label shown under the whole form for messages that belong to no single field.
    explicit InlineErrors(QLabel *generalLabel);

    // Adds "label: field" to the form with a hidden message line under the field.
    void addRow(QFormLayout *form, const QString &key, const QString &labelText, QWidget *field);
    // Also routes messages for key to an existing message label (e.g. beside a table).
    void addLabel(const QString &key, QLabel *messageLabel, QWidget *field);
    QLabel *rowLabel(const QString &key) const { return m_rowLabels.value(key); }

    // Shows the messages, focuses the first field concerned; returns false when there were any.
    bool show(const FieldErrors &errors);
    void clear();

    // A label styled as an error message, hidden until it has something to say.
    static QLabel *makeMessageLabel(QWidget *parent, const QString &objectName);

private:
    QLabel *m_general;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QLabel *> m_rowLabels;
    QHash<QString, QWidget *> m_fields;
};

} // namespace Sepakat
