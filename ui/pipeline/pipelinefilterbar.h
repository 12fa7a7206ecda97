#pragma once

#include "pipeline/pipelinefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Sepakat {

// The filter bar above the board: free text, owner, expected-close period, hide closed deals.
// Emits changed() on every edit (a keystroke included); the board is fast enough not to wait.
class PipelineFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineFilterBar(QWidget *parent = nullptr);

    PipelineFilter filter() const;
    QLineEdit *searchField() const { return m_text; }
    void setOwners(const QStringList &owners); // keeps the chosen owner when still there
    void setText(const QString &text);
    void setOwner(const QString &owner);
    void setPeriod(ClosePeriod period);
    void setHideClosed(bool hide);
    void retranslate();

signals:
    void changed();

private:
    QLineEdit *m_text;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QCheckBox *m_hideClosed;
};

} // namespace Sepakat
