#include "common/fielderrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace Sepakat {

InlineErrors::InlineErrors(QLabel *generalLabel) : m_general(generalLabel) {}

QLabel *InlineErrors::makeMessageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Red that reads on light and dark windows alike.
    const bool dark = parent && parent->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;")
                              : QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

void InlineErrors::addRow(QFormLayout *form, const QString &key, const QString &labelText,
                          QWidget *field)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *message = makeMessageLabel(cell, QStringLiteral("error_%1").arg(key));
    layout->addWidget(message);

    auto *label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, cell);
    m_rowLabels.insert(key, label);
    addLabel(key, message, field);
}

void InlineErrors::addLabel(const QString &key, QLabel *messageLabel, QWidget *field)
{
    m_messages.insert(key, messageLabel);
    m_fields.insert(key, field);
}

bool InlineErrors::show(const FieldErrors &errors)
{
    clear();
    QStringList general;
    QWidget *firstField = nullptr;
    for (const FieldError &error : errors) {
        // "contacts[2].name" belongs to the "contacts" field.
        QString key = error.field;
        if (!m_messages.contains(key))
            key = key.section(u'[', 0, 0).section(u'.', 0, 0);
        QLabel *label = m_messages.value(key);
        if (!label) {
            general << error.message;
            continue;
        }
        const QString previous = label->text();
        label->setText(previous.isEmpty() ? error.message : previous + u'\n' + error.message);
        label->show();
        if (!firstField)
            firstField = m_fields.value(key);
    }
    if (!general.isEmpty() && m_general) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
    if (firstField)
        firstField->setFocus(Qt::OtherFocusReason);
    return errors.isEmpty();
}

void InlineErrors::clear()
{
    for (QLabel *label : std::as_const(m_messages)) {
        label->clear();
        label->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

} // namespace Sepakat
